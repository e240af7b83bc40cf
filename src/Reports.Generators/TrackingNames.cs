namespace Reports.Generators;

/// <summary>Names of the generator's pipeline steps, so tests can assert that a re-run is cached.</summary>
internal static class TrackingNames
{
    public const string ReportTypes = nameof(ReportTypes);
    public const string ReportInputs = nameof(ReportInputs);
    public const string ReportModels = nameof(ReportModels);
    public const string ValidReports = nameof(ValidReports);
    public const string TargetFeatures = nameof(TargetFeatures);
    public const string ReportsWithFeatures = nameof(ReportsWithFeatures);
    public const string AllReports = nameof(AllReports);
    public const string SectionTypes = nameof(SectionTypes);
}

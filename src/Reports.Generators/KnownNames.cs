namespace Reports.Generators;

/// <summary>Metadata names of the runtime types the generator and analyzers recognise.</summary>
internal static class KnownNames
{
    public const string ReportAttribute = "Reports.ReportAttribute";
    public const string SectionAttribute = "Reports.SectionAttribute";
    public const string FieldAttribute = "Reports.FieldAttribute";
    public const string TextAttribute = "Reports.TextAttribute";
    public const string TitleValueAttribute = "Reports.TitleValueAttribute";
    public const string PlaceholderAttribute = "Reports.PlaceholderAttribute";
    public const string ItemPlaceholderAttribute = "Reports.ItemPlaceholderAttribute";
    public const string OptionAttribute = "Reports.OptionAttribute";
    public const string InlineAttribute = "Reports.InlineAttribute";
    public const string ListAttribute = "Reports.ListAttribute";
    public const string RepeatedAttribute = "Reports.RepeatedAttribute";
    public const string TableAttribute = "Reports.TableAttribute";
    public const string ColumnAttribute = "Reports.ColumnAttribute";
    public const string ChecklistAttribute = "Reports.ChecklistAttribute";
    public const string CheckAttribute = "Reports.CheckAttribute";
    public const string IndicatorAttribute = "Reports.IndicatorAttribute";
    public const string CodeBlockAttribute = "Reports.CodeBlockAttribute";
    public const string AlignedBlockAttribute = "Reports.AlignedBlockAttribute";
    public const string RequiredWhenAttribute = "Reports.RequiredWhenAttribute";
    public const string AllowPlaceholderLikeAttribute = "Reports.AllowPlaceholderLikeAttribute";

    public const string ReportList = "Reports.ReportList`1";
    public const string CodeBlock = "Reports.CodeBlock";
    public const string ChecklistItem = "Reports.ChecklistItem";
    public const string IReport = "Reports.IReport`1";
}

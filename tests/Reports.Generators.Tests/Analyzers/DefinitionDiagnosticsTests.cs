using System.Threading.Tasks;
using Reports.Generators.Analyzers;
using Xunit;
using static Reports.Generators.Tests.Analyzers.Verify;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>RPT0001–RPT0009: mistakes in report definitions, each on the attribute or member at fault.</summary>
public sealed class DefinitionDiagnosticsTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing Reports;\n\n";

    private static Task Check(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        AnalyzerAsync<ReportDefinitionAnalyzer>(Usings + source, expected);

    // ---- RPT0001 ----

    [Fact]
    public Task Report_type_that_is_not_partial_is_an_error_on_its_name() => Check("""
        [Report("Title")]
        public record {|#0:Status|}
        {
            [Field("Owner")] public string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.NotPartial).WithArguments("Report type 'Status'"));

    [Fact]
    public Task Containing_type_that_is_not_partial_is_an_error_on_its_name() => Check("""
        public static class {|#0:Reports2|}
        {
            [Report]
            public partial record Status
            {
                [Field("Owner")] public string? Owner { get; init; }
            }
        }
        """,
        Diagnostic(DiagnosticDescriptors.NotPartial).WithArguments("Type 'Reports2', which contains report type 'Status',"));

    [Fact]
    public Task Partial_report_in_partial_containing_type_is_fine() => Check("""
        public static partial class Reports2
        {
            [Report]
            public partial record Status
            {
                [Field("Owner")] public string? Owner { get; init; }
            }
        }

        public record NotAReport(string Name);
        """);

    // ---- RPT0002 ----

    [Fact]
    public Task Table_on_a_non_collection_is_an_error_on_the_attribute() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Table|}] public string? Rows { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnsupportedMemberType)
            .WithArguments("Table", "Rows", "string?", "a table needs a collection of records whose properties carry [Column]"));

    [Fact]
    public Task Check_on_a_non_bool_is_an_error_on_the_attribute() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Check("Tests pass")|}] public string? Tests { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnsupportedMemberType).WithArguments("Check", "Tests", "string?", "a check is ticked or not, so it must be a bool"));

    [Fact]
    public Task Field_of_an_unsupported_type_is_an_error_on_the_attribute() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Data")|}] public object? Data { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnsupportedMemberType).WithArguments("Field", "Data", "object?",
            "a report holds string, int, long, decimal, double, bool, DateOnly, DateTime, DateTimeOffset, enums, Reports.CodeBlock, Reports.ChecklistItem, records, and lists of those (ReportList<T>, IReadOnlyList<T>, T[] or List<T>); change the property's type"));

    [Fact]
    public Task Section_on_a_list_of_records_without_layout_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Section("Items")|}] public ReportList<Item> Items { get; init; } = ReportList<Item>.Empty;
        }

        public partial record Item
        {
            [Field("Name")] public string? Name { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnsupportedMemberType).WithArguments("Section", "Items", "Reports.ReportList<Item>",
            "a section holds a record of parts, a text, a code block or a list; for a list of records add [List], [Table] or [Repeated], or put {n} in the heading to repeat the section"));

    [Fact]
    public Task Supported_member_types_are_fine() => Check("""
        [Report]
        public partial record R
        {
            [Check("Tests pass")] public bool Tests { get; init; }
            [Table] public ReportList<Row> Rows { get; init; } = ReportList<Row>.Empty;
            [Field("When")] public DateOnly? When { get; init; }
            [Checklist("To do")] public ReportList<ChecklistItem> ToDo { get; init; } = ReportList<ChecklistItem>.Empty;
        }

        public partial record Row
        {
            [Column("Name")] public string? Name { get; init; }
        }
        """);

    // ---- RPT0003 ----

    [Fact]
    public Task Two_sections_with_the_same_heading_warn_on_the_second() => Check("""
        [Report]
        public partial record R
        {
            [Section("Notes")] public string? First { get; init; }
            [{|#0:Section("notes")|}] public string? Second { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.DuplicateHeading).WithArguments("First", "Second", "R", "notes"));

    [Fact]
    public Task Same_heading_at_different_levels_is_fine() => Check("""
        [Report]
        public partial record R
        {
            [Section("Notes")] public string? Notes { get; init; }
            [Section("Details")] public Details? Details { get; init; }
        }

        public partial record Details
        {
            [Section("Notes")] public string? Notes { get; init; }
        }
        """);

    // ---- RPT0004 ----

    [Fact]
    public Task Title_naming_a_missing_member_is_an_error_listing_the_members() => Check("""
        [{|#0:Report("Task {TaskId}")|}]
        public partial record R
        {
            [TitleValue] public string? Name { get; init; }
            [Field("Owner")] public string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnknownFormatMember).WithArguments("The format \"Task {TaskId}\"", "TaskId", "R", "use one of: Name, Owner"));

    [Fact]
    public Task Item_placeholder_naming_a_missing_member_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [List("Files"), {|#0:ItemPlaceholder("Reason", "[Why]")|}]
            public ReportList<FileChange> Files { get; init; } = ReportList<FileChange>.Empty;
        }

        [Inline("`{Path}` - {Purpose}")]
        public sealed record FileChange(string Path, string Purpose);
        """,
        Diagnostic(DiagnosticDescriptors.UnknownFormatMember).WithArguments("[ItemPlaceholder]", "Reason", "FileChange", "use one of: Path, Purpose"));

    [Fact]
    public Task Inline_format_naming_a_missing_property_is_an_error_on_the_inline_attribute() => Check("""
        [Report]
        public partial record R
        {
            [Field("Coverage")] public Coverage? Coverage { get; init; }
        }

        [{|#0:Inline("{Percent}% of {Lines}")|}]
        public sealed record Coverage(int Percent);
        """,
        Diagnostic(DiagnosticDescriptors.UnknownFormatMember).WithArguments("The format \"{Percent}% of {Lines}\"", "Lines", "Coverage", "use one of: Percent"));

    [Fact]
    public Task Title_naming_a_nested_member_is_fine() => Check("""
        [Report("Task {Overview.TaskId} - {Name}")]
        public partial record R
        {
            [TitleValue] public string? Name { get; init; }
            [Section("Overview")] public Overview? Overview { get; init; }
        }

        public partial record Overview
        {
            [Field("Task ID")] public string? TaskId { get; init; }
        }
        """);

    // ---- RPT0005 ----

    [Fact]
    public Task Enum_member_without_option_warns_once_even_when_two_reports_use_it() => Check("""
        [Report]
        public partial record A
        {
            [Field("Status")] public Status? Status { get; init; }
        }

        [Report]
        public partial record B
        {
            [Field("Status")] public Status? Status { get; init; }
        }

        public enum Status
        {
            [Option("DONE", Emoji = "✅")] Done = 1,
            {|#0:Blocked|},
        }
        """,
        Diagnostic(DiagnosticDescriptors.EnumWithoutOptions).WithArguments("Status", "Blocked"));

    [Fact]
    public Task Enum_with_every_option_labelled_is_fine_and_an_unused_enum_is_not_checked() => Check("""
        [Report]
        public partial record A
        {
            [Field("Status")] public Status? Status { get; init; }
        }

        public enum Status { [Option("DONE")] Done = 1, [Option("BLOCKED")] Blocked }

        public enum Unrelated { One, Two }
        """);

    // ---- RPT0006 ----

    [Fact]
    public Task Trailing_break_without_line_layout_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Owner", TrailingBreak = true)|}] public string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Owner",
            "TrailingBreak only applies to Layout = FieldLayout.Line; remove TrailingBreak, or set Layout = FieldLayout.Line"));

    [Fact]
    public Task A_label_without_colon_before_a_value_on_its_line_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Owner", LabelStyle = LabelStyle.NoColon)|}] public string? Owner { get; init; }
            [Field("Summary", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon)] public string? Summary { get; init; }
            [List("Steps", LabelStyle = LabelStyle.NoColon)] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Owner",
            "LabelStyle.NoColon leaves nothing between the label and a value on the same line, so a value starting with ':' or '(' would not read back; set Layout = FieldLayout.Block to put the value on the lines below, or use another LabelStyle"));

    [Fact]
    public Task A_bullet_that_is_not_a_list_marker_is_an_error() => Check("""
        [{|#0:Report(Bullet = '#')|}]
        public partial record R
        {
            [Field("Owner")] public string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("R",
            "Bullet = '#' is not a Markdown list marker; give '-', '*' or '+'"));

    [Fact]
    public Task A_column_delimiter_that_is_not_one_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [Table] public ReportList<Row> Rows { get; init; } = ReportList<Row>.Empty;
        }

        public partial record Row
        {
            [{|#0:Column("Name", Delimiter = "-:-")|}] public string? Name { get; init; }
            [Column("Size", Delimiter = " :---: ")] public string? Size { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Name",
            "Delimiter = \"-:-\" is not a table delimiter cell; give dashes with an optional colon at either end (\"---\", \":---\", \":---:\"), or leave Delimiter out"));

    [Fact]
    public Task A_report_wide_label_style_without_colon_is_an_error() => Check("""
        [{|#0:Report(LabelStyle = LabelStyle.NoColon)|}]
        public partial record R
        {
            [Field("Owner")] public string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("R",
            "LabelStyle.NoColon cannot be the whole report's style: a label with a value on the same line needs its colon to be read back; give NoColon to the parts whose value starts on the next line (fields with Layout = FieldLayout.Block, list and table labels)"));

    [Fact]
    public Task Code_on_a_number_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Count", Code = true)|}] public int? Count { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Count",
            "Code = true writes text as inline code, but the value is a number; remove Code, or make the property a string"));

    [Fact]
    public Task Optional_field_that_cannot_be_absent_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Count", Optional = true)|}] public int Count { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Count",
            "an optional field must be able to be absent, but its type always holds a value; make its type nullable, or remove Optional"));

    [Fact]
    public Task Optional_check_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Check("Reviewed", Optional = true)|}] public bool Reviewed { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Reviewed",
            "a check is always either ticked or not, so it cannot be left out; remove Optional"));

    [Fact]
    public Task Enum_options_on_a_text_field_are_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Owner", HideEmoji = true)|}] public string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Owner",
            "HideEmoji only applies to enum values, but the value is text; remove HideEmoji"));

    [Fact]
    public Task Fixed_language_on_a_code_block_value_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:CodeBlock(Language = "json")|}] public CodeBlock? Sample { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Sample",
            "Language fixes the language of a string code block, but a Reports.CodeBlock carries its own language; remove Language (use LanguagePlaceholder for the blank template), or make the property a string"));

    [Fact]
    public Task Template_items_of_zero_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:List("Steps", TemplateItems = 0)|}] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Steps",
            "TemplateItems = 0 would show no example item, but a blank template always shows at least one so that it can be filled in; give a number from 1, or leave TemplateItems out to show as many items as the longest [Placeholder]"));

    [Fact]
    public Task Enum_with_no_members_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Status")|}] public Status? Status { get; init; }
        }

        public enum Status { }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Status",
            "the enum 'Status' has no members, so the value can never be filled; add its options, each with [Option(\"LABEL\")]"));

    [Fact]
    public Task Two_options_with_the_same_label_are_an_error() => Check("""
        [Report]
        public partial record R
        {
            [Field("Status")] public Status? Status { get; init; }
        }

        public enum Status { [Option("DONE")] Done = 1, [{|#0:Option("done")|}] Finished }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Status.Finished",
            "the label 'done' is also the label of 'Done', so a reader could not tell the two apart; give each option its own label"));

    [Fact]
    public Task Optional_and_required_together_are_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:Field("Owner", Optional = true)|}] public required string? Owner { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Owner",
            "it is marked Optional = true but declared 'required', so C# forces every report to set it; remove one of the two"));

    [Fact]
    public Task Sections_nested_deeper_than_heading_level_six_are_an_error() => Check("""
        [Report]
        public partial record R { [Section("L2")] public L2? Next { get; init; } }
        public partial record L2 { [Section("L3")] public L3? Next { get; init; } }
        public partial record L3 { [Section("L4")] public L4? Next { get; init; } }
        public partial record L4 { [Section("L5")] public L5? Next { get; init; } }
        public partial record L5 { [Section("L6")] public L6? Next { get; init; } }
        public partial record L6 { [{|#0:Section("L7")|}] public string? Next { get; init; } }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Next",
            "the section 'L7' would be a level-7 heading, but Markdown has only six levels (the title is level 1); nest fewer sections, or make this part a [Field], [List] or [Repeated] block instead of a section"));

    [Fact]
    public Task Sections_down_to_heading_level_six_are_fine() => Check("""
        [Report]
        public partial record R { [Section("L2")] public L2? Next { get; init; } }
        public partial record L2 { [Section("L3")] public L3? Next { get; init; } }
        public partial record L3 { [Section("L4")] public L4? Next { get; init; } }
        public partial record L4 { [Section("L5")] public L5? Next { get; init; } }
        public partial record L5 { [Section("L6")] public string? Next { get; init; } }
        """);

    [Fact]
    public Task Compact_heading_level_outside_the_section_levels_is_an_error() => Check("""
        [{|#0:Report(CompactHeadingLevel = 1)|}]
        public partial record R
        {
            [Section("Notes")] public string? Notes { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("R",
            "CompactHeadingLevel = 1 names no section heading level; sections are headings of level 2 to 6, so give one of those, or 0 for none"));

    [Fact]
    public Task Record_containing_itself_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [Section("Node")] public Node? Node { get; init; }
        }

        public partial record Node
        {
            [Field("Name")] public string? Name { get; init; }
            [{|#0:Section("Child")|}] public Node? Child { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Node",
            "the record contains itself (directly or through its parts), so its template would never end; break the cycle"));

    [Fact]
    public Task List_of_records_without_a_head_is_an_error() => Check("""
        [Report]
        public partial record R
        {
            [{|#0:List("Tests")|}] public ReportList<TestCase> Tests { get; init; } = ReportList<TestCase>.Empty;
        }

        public partial record TestCase
        {
            [Field("Action", Layout = FieldLayout.Line)] public string? Action { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.ConflictingOptions).WithArguments("Tests",
            "the items of a list of records need a head: set ItemTitle, make 'TestCase' [Inline], or start it with a bullet [Field]"));

    [Fact]
    public Task Consistent_options_are_fine() => Check("""
        [Report(CompactHeadingLevel = 3, LabelStyle = LabelStyle.ColonInsideBold, Bullet = '*', SoftLineBreaks = true)]
        public partial record R
        {
            [Field("Owner", Layout = FieldLayout.Line, TrailingBreak = true, LabelStyle = LabelStyle.ColonAfterBold)] public string? Owner { get; init; }
            [Field("Count", Optional = true)] public int? Count { get; init; }
            [Field("Status", HideEmoji = true, OptionSeparator = " | ")] public Status? Status { get; init; }
            [CodeBlock(LanguagePlaceholder = "[language]")] public CodeBlock? Sample { get; init; }
            [CodeBlock(Language = "json")] public string? Config { get; init; }
            [List("Steps", TemplateItems = 2)] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
            [Check("Reviewed")] public bool Reviewed { get; init; }
            [Field("Id")] public required string Id { get; init; }
        }

        public enum Status { [Option("DONE", Emoji = "✅")] Done = 1 }
        """);

    // ---- RPT0007 ----

    [Fact]
    public Task Get_only_member_warns_on_the_property() => Check("""
        [Report]
        public partial record R
        {
            [Field("Owner")] public string? {|#0:Owner|} { get; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.RequiredMemberCannotBeSet).WithArguments("Owner", "R", "has no setter or init accessor"));

    [Fact]
    public Task Private_setter_of_a_section_record_warns() => Check("""
        [Report]
        public partial record R
        {
            [Section("Details")] public Details? Details { get; init; }
            [Field("Owner")] public string? Owner { get; private init; }
        }

        public partial record Details
        {
            [Field("Notes")] public string? {|#0:Notes|} { get; private set; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.RequiredMemberCannotBeSet).WithArguments("Notes", "Details", "has a setter the generated code cannot call"));

    [Fact]
    public Task Inline_hole_naming_a_get_only_property_warns() => Check("""
        [Report]
        public partial record R
        {
            [Field("Coverage")] public Coverage? Coverage { get; init; }
        }

        [Inline("{Percent}%")]
        public sealed class Coverage
        {
            public int {|#0:Percent|} { get; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.RequiredMemberCannotBeSet).WithArguments("Percent", "Coverage", "has no setter or init accessor"));

    // ---- RPT0008 ----

    [Fact]
    public Task Two_holes_with_nothing_between_them_is_an_error() => Check("""
        [{|#0:Report("{A}{B}")|}]
        public partial record R
        {
            [TitleValue] public string? A { get; init; }
            [TitleValue] public string? B { get; init; }
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnreadableFormat).WithArguments("{A}{B}",
            "has two values with no fixed text between them, so a reader could not tell where one ends"));

    [Fact]
    public Task Title_naming_a_list_is_an_error() => Check("""
        [{|#0:Report("Report: {Steps}")|}]
        public partial record R
        {
            [List("Steps")] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """,
        Diagnostic(DiagnosticDescriptors.UnreadableFormat).WithArguments("Report: {Steps}",
            "names 'Steps', which is not a single value; name a text, number, date or enum member"));

    [Fact]
    public Task Holes_separated_by_text_are_fine() => Check("""
        [Report("{A} - {B}")]
        public partial record R
        {
            [TitleValue] public string? A { get; init; }
            [TitleValue] public string? B { get; init; }
        }
        """);

    // ---- RPT0009 ----

    [Fact]
    public Task Two_layout_attributes_are_an_error_on_the_second() => Check("""
        [Report]
        public partial record R
        {
            [Field("Steps"), {|#0:List|}] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """,
        Diagnostic(DiagnosticDescriptors.MultipleLayoutAttributes).WithArguments("Steps", "Field", "List"));

    [Fact]
    public Task Section_with_one_layout_attribute_is_fine() => Check("""
        [Report]
        public partial record R
        {
            [Section("Steps"), List(Numbered = true)] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """);
}

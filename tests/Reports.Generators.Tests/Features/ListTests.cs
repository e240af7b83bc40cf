using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[List]: text items, numbered and loose lists, [Inline] items, record items, empty lists and item placeholders.</summary>
public sealed class ListTests
{
    [Fact]
    public void Text_lists_sit_under_their_label_and_empty_ones_show_their_empty_text_or_are_left_out()
    {
        const string source = """
            using System.Collections.Generic;
            using Reports;

            namespace Demo
            {
                [Report("Files")]
                public partial record FilesReport
                {
                    [List("Created", Optional = true, EmptyText = "None"), Placeholder("[path]")]
                    public ReportList<string> Created { get; init; } = ReportList<string>.Empty;

                    [List("Deleted", Condition = "if applicable", Optional = true), Placeholder("[None or list]")]
                    public IReadOnlyList<string> Deleted { get; init; } = new List<string>();

                    [List("Environment"), Placeholder("[Environment details]")]
                    public string[] Environment { get; init; } = new string[0];

                    [List("Steps", Numbered = true, RepeatGuidance = "[List every step]"), Placeholder("[First step]", "[Next step]")]
                    public List<string> Steps { get; init; } = new List<string>();

                    [List]
                    public ReportList<int> Numbers { get; init; } = ReportList<int>.Empty;
                }

                public static class Example
                {
                    public static string Filled() => new FilesReport
                    {
                        Created = ReportList.Of("src/Limiter.cs", "src/Middleware.cs"),
                        Deleted = new List<string> { "src/Old.cs" },
                        Environment = new[] { "Ubuntu 24.04", "Redis 7.2" },
                        Steps = new List<string> { "Build", "Test", "Ship", "Watch", "Rest", "Plan", "Build", "Test", "Ship", "Watch", "Rest" },
                        Numbers = ReportList.Of(7, 42),
                    }.ToMarkdown();

                    public static string Empty() => new FilesReport().ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Files

            **Created**:
            - [path]

            **Deleted** (if applicable):
            - [None or list]

            **Environment**:
            - [Environment details]

            **Steps**:
            1. [First step]
            2. [Next step]

            [List every step]

            - [Numbers]
            """), assembly.RenderTemplate("Demo.FilesReport"));
        TextAssert.Equal(Lines("""
            # Files

            **Created**:
            - src/Limiter.cs
            - src/Middleware.cs

            **Deleted**:
            - src/Old.cs

            **Environment**:
            - Ubuntu 24.04
            - Redis 7.2

            **Steps**:
            1. Build
            2. Test
            3. Ship
            4. Watch
            5. Rest
            6. Plan
            7. Build
            8. Test
            9. Ship
            10. Watch
            11. Rest

            - 7
            - 42
            """), assembly.Example("Filled"));

        // Empty: the empty text, nothing for the optional list, and the template for required ones (a draft).
        TextAssert.Equal(Lines("""
            # Files

            **Created**:
            None

            **Environment**:
            - [Environment details]

            **Steps**:
            1. [First step]
            2. [Next step]

            [List every step]

            - [Numbers]
            """), assembly.Example("Empty"));
    }

    [Fact]
    public void Inline_items_follow_their_format_with_per_list_item_placeholders()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Inline("`{Path}` - {Purpose}")]
                public sealed record FileChange(
                    [property: Placeholder("src/[path]/[filename]")] string Path,
                    [property: Placeholder("[Purpose]")] string Purpose);

                [Inline("`{Method} {Path}`: {Description}")]
                public sealed record Endpoint(
                    [property: Placeholder("[METHOD]")] string Method,
                    [property: Placeholder("[PATH]")] string Path,
                    [property: Placeholder("[Description]")] string Description);

                [Inline("{Suite}: {Passed} passed, {Failed} failed")]
                public sealed record SuiteResult(
                    [property: Placeholder("Unit Tests", "Integration Tests")] string Suite,
                    [property: Placeholder("X")] int Passed,
                    [property: Placeholder("Y")] int Failed);

                [Report("Changes")]
                public partial record ChangeReport
                {
                    [List("Created")]
                    public ReportList<FileChange> Created { get; init; } = ReportList<FileChange>.Empty;

                    [List("Modified")]
                    [ItemPlaceholder(nameof(FileChange.Purpose), "[What was changed]")]
                    public ReportList<FileChange> Modified { get; init; } = ReportList<FileChange>.Empty;

                    [List("API Endpoints", Loose = true)]
                    public ReportList<Endpoint> Endpoints { get; init; } = ReportList<Endpoint>.Empty;

                    [List("Test Results")]
                    public ReportList<SuiteResult> Results { get; init; } = ReportList<SuiteResult>.Empty;
                }

                public static class Example
                {
                    public static string Filled() => new ChangeReport
                    {
                        Created = ReportList.Of(new FileChange("src/Limiter.cs", "Token bucket")),
                        Modified = ReportList.Of(new FileChange("src/Program.cs", "Registers the middleware")),
                        Endpoints = ReportList.Of(new Endpoint("GET", "/orders/{id}", "Limited"), new Endpoint("POST", "/orders", "Limited")),
                        Results = ReportList.Of(new SuiteResult("Unit Tests", 48, 0)),
                    }.ToMarkdown();

                    // Values that contain the separator that follows them are escaped so the line still reads back; a value
                    // inline code cannot carry is written as escaped text.
                    public static string Tricky() => new ChangeReport
                    {
                        Created = ReportList.Of(new FileChange("a`b.cs", "x - y")),
                        Modified = ReportList.Of(new FileChange("src/A|B.cs", "")),
                        Endpoints = ReportList.Of(new Endpoint("GET", "/a b", "ok")),
                        Results = ReportList.Of(new SuiteResult("Unit: fast", 1, 2)),
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Changes

            **Created**:
            - `src/[path]/[filename]` - [Purpose]

            **Modified**:
            - `src/[path]/[filename]` - [What was changed]

            **API Endpoints**:

            - `[METHOD] [PATH]`: [Description]

            **Test Results**:
            - Unit Tests: X passed, Y failed
            - Integration Tests: X passed, Y failed
            """), assembly.RenderTemplate("Demo.ChangeReport"));
        TextAssert.Equal(Lines("""
            # Changes

            **Created**:
            - `src/Limiter.cs` - Token bucket

            **Modified**:
            - `src/Program.cs` - Registers the middleware

            **API Endpoints**:

            - `GET /orders/{id}`: Limited

            - `POST /orders`: Limited

            **Test Results**:
            - Unit Tests: 48 passed, 0 failed
            """), assembly.Example("Filled"));
        TextAssert.Equal(Lines("""
            # Changes

            **Created**:
            - ``a`b.cs`` - x - y

            **Modified**:
            - src/A\|B.cs - \

            **API Endpoints**:

            - `GET /a b`: ok

            **Test Results**:
            - Unit&#58; fast: 1 passed, 2 failed
            """), assembly.Example("Tricky"));
    }

    [Fact]
    public void Record_items_have_a_bold_head_and_their_other_fields_as_nested_bullets()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public enum Severity
                {
                    [Option("Critical")] Critical = 1,
                    [Option("Minor")] Minor,
                }

                public partial record Issue
                {
                    [Field("Issue"), Placeholder("[Description]")]
                    public string? Description { get; init; }

                    [Field("Severity")]
                    public Severity? Severity { get; init; }
                }

                public partial record TestCase
                {
                    [TitleValue, Placeholder("Happy Path", "[Error Case]")]
                    public string? Name { get; init; }

                    [Field("Action"), Placeholder("[What was tested]")]
                    public string? Action { get; init; }

                    [Field("Notes"), Placeholder("[Any relevant notes]")]
                    public string? Notes { get; init; }
                }

                [Report("Review")]
                public partial record ReviewReport
                {
                    [List("Issues Found", Numbered = true)]
                    public ReportList<Issue> Issues { get; init; } = ReportList<Issue>.Empty;

                    [List("Tests Performed", Numbered = true, Loose = true, ItemTitle = "Test: {Name}", RepeatGuidance = "[List all test cases]")]
                    public ReportList<TestCase> Tests { get; init; } = ReportList<TestCase>.Empty;

                    [List("Open Issues", Optional = true)]
                    public ReportList<Issue> Open { get; init; } = ReportList<Issue>.Empty;
                }

                public static class Example
                {
                    public static string Filled()
                    {
                        var tests = new TestCase[11];
                        for (var i = 0; i < tests.Length; i++)
                        {
                            tests[i] = new TestCase { Name = "Case " + (i + 1), Action = "Run " + (i + 1), Notes = "ok" };
                        }

                        return new ReviewReport
                        {
                            Issues = ReportList.Of(new Issue { Description = "Null check missing", Severity = Severity.Critical }),
                            Tests = tests,
                            Open = ReportList.Of(new Issue { Description = "Flaky test" }),
                        }.ToMarkdown();
                    }
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Review

            **Issues Found**:
            1. **Issue**: [Description]
               - **Severity**: Critical / Minor

            **Tests Performed**:

            1. **Test: Happy Path**
               - **Action**: [What was tested]
               - **Notes**: [Any relevant notes]

            2. **Test: [Error Case]**
               - **Action**: [What was tested]
               - **Notes**: [Any relevant notes]

            [List all test cases]

            **Open Issues**:
            - **Issue**: [Description]
              - **Severity**: Critical / Minor
            """), assembly.RenderTemplate("Demo.ReviewReport"));

        var filled = assembly.Example("Filled");

        // Item 10 and later are indented one more space: nested bullets line up under the item's text.
        TextAssert.Equal(Lines("""
            # Review

            **Issues Found**:
            1. **Issue**: Null check missing
               - **Severity**: Critical

            **Tests Performed**:

            1. **Test: Case 1**
               - **Action**: Run 1
               - **Notes**: ok

            2. **Test: Case 2**
               - **Action**: Run 2
               - **Notes**: ok

            3. **Test: Case 3**
               - **Action**: Run 3
               - **Notes**: ok

            4. **Test: Case 4**
               - **Action**: Run 4
               - **Notes**: ok

            5. **Test: Case 5**
               - **Action**: Run 5
               - **Notes**: ok

            6. **Test: Case 6**
               - **Action**: Run 6
               - **Notes**: ok

            7. **Test: Case 7**
               - **Action**: Run 7
               - **Notes**: ok

            8. **Test: Case 8**
               - **Action**: Run 8
               - **Notes**: ok

            9. **Test: Case 9**
               - **Action**: Run 9
               - **Notes**: ok

            10. **Test: Case 10**
                - **Action**: Run 10
                - **Notes**: ok

            11. **Test: Case 11**
                - **Action**: Run 11
                - **Notes**: ok

            **Open Issues**:
            - **Issue**: Flaky test
              - **Severity**: Critical / Minor
            """), filled);
    }
}

using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;
using AgentReports;
using Fluid;
using Fluid.Values;
using HandlebarsDotNet;

namespace Reports.Benchmarks;

/// <summary>Enum option labels ([Option("PASS", Emoji = "✅")]) as a template helper would look them up.</summary>
public static class Options
{
    private static readonly ConcurrentDictionary<Enum, (string Label, string? Emoji)> Cache = new();

    public static string Label(object? value, bool emoji)
    {
        if (value is not Enum e)
        {
            return "";
        }

        var (label, mark) = Cache.GetOrAdd(e, static e =>
        {
            var field = e.GetType().GetField(e.ToString(), BindingFlags.Public | BindingFlags.Static)!;
            var option = field.GetCustomAttribute<OptionAttribute>()!;
            return (option.Label, option.Emoji);
        });
        return emoji && mark is not null ? mark + " " + label : label;
    }
}

/// <summary>The filled Task Report as a Handlebars.Net template, compiled once; escaping by helpers.</summary>
public static class HandlebarsTaskReport
{
    private const string Source =
        "# Task Report: {{mdstop Overview.TaskId \" - \" \"h\"}} - {{mdh TaskName}}\n" +
        "\n" +
        "## Task Overview\n" +
        "- **Task ID**: {{md Overview.TaskId}}\n" +
        "- **Assigned To**: {{md Overview.AssignedTo}}\n" +
        "- **Epic**: {{md Overview.Epic}}\n" +
        "- **Spec**: {{md Overview.Spec}}\n" +
        "- **Task File**: {{md Overview.TaskFile}}\n" +
        "{{#with Implementation}}\n" +
        "\n" +
        "## Implementation Details\n" +
        "\n" +
        "**Implementation Date**: {{date ImplementationDate}}  \n" +
        "**Implementation Time**: {{md ImplementationTime}}\n" +
        "\n" +
        "### Files Changed\n" +
        "\n" +
        "**Created**:\n" +
        "{{#each Files.Created}}\n" +
        "- `{{Path}}` - {{md Purpose}}\n" +
        "{{/each}}\n" +
        "\n" +
        "**Modified**:\n" +
        "{{#each Files.Modified}}\n" +
        "- `{{Path}}` - {{md Purpose}}\n" +
        "{{/each}}\n" +
        "{{#if Files.Deleted.Count}}\n" +
        "\n" +
        "**Deleted**:\n" +
        "{{#each Files.Deleted}}\n" +
        "- {{mds this}}\n" +
        "{{/each}}\n" +
        "{{/if}}\n" +
        "\n" +
        "### Key Implementation Decisions\n" +
        "{{#each Decisions}}\n" +
        "\n" +
        "**Decision {{inc @index}}: {{mdstop Name \"**\"}}**\n" +
        "- **Context**: {{md Context}}\n" +
        "- **Decision**: {{md Choice}}\n" +
        "- **Reasoning**: {{md Reasoning}}\n" +
        "{{/each}}\n" +
        "\n" +
        "### Implementation Summary\n" +
        "\n" +
        "{{mdm Summary.Narrative}}\n" +
        "\n" +
        "**Components Implemented**:\n" +
        "{{#each Summary.Components}}\n" +
        "{{inc @index}}. **{{mdstop Name \"**: \"}}**: {{md Description}}\n" +
        "{{/each}}\n" +
        "{{#if Summary.ApiEndpoints.Count}}\n" +
        "\n" +
        "**API Endpoints**:\n" +
        "{{#each Summary.ApiEndpoints}}\n" +
        "- `{{Method}} {{Path}}`: {{md Description}}\n" +
        "{{/each}}\n" +
        "{{/if}}\n" +
        "{{#if Summary.DatabaseChanges.Count}}\n" +
        "\n" +
        "**Database Changes**:\n" +
        "{{#each Summary.DatabaseChanges}}\n" +
        "- {{mds this}}\n" +
        "{{/each}}\n" +
        "{{/if}}\n" +
        "{{#if Summary.ExternalIntegrations.Count}}\n" +
        "\n" +
        "**External Integrations**:\n" +
        "{{#each Summary.ExternalIntegrations}}\n" +
        "- {{mds this}}\n" +
        "{{/each}}\n" +
        "{{/if}}\n" +
        "\n" +
        "### Deviations from Spec\n" +
        "\n" +
        "{{#if Deviations.Count}}\n" +
        "{{#each Deviations}}\n" +
        "**Deviation {{inc @index}}**:\n" +
        "- **Original Plan**: {{md OriginalPlan}}\n" +
        "- **Actual Implementation**: {{md ActualImplementation}}\n" +
        "- **Reason**: {{md Reason}}\n" +
        "- **Impact**: {{md Impact}}\n" +
        "- **Architect Approval**: {{md ArchitectApproval}}\n" +
        "{{/each}}\n" +
        "{{else}}\n" +
        "None. Implementation follows spec exactly.\n" +
        "{{/if}}\n" +
        "\n" +
        "### Code Quality Notes\n" +
        "\n" +
        "- **Code Style**: {{md Quality.CodeStyle}}\n" +
        "- **Documentation**: {{md Quality.Documentation}}\n" +
        "- **Error Handling**: {{md Quality.ErrorHandling}}\n" +
        "- **Validation**: {{md Quality.Validation}}\n" +
        "\n" +
        "### Self-Test Results\n" +
        "\n" +
        "**Test Date**: {{date SelfTest.TestDate}}\n" +
        "\n" +
        "**Test Environment**:\n" +
        "{{#each SelfTest.Environment}}\n" +
        "- {{mds this}}\n" +
        "{{/each}}\n" +
        "\n" +
        "**Tests Performed**:\n" +
        "{{#each SelfTest.Tests}}\n" +
        "\n" +
        "{{inc @index}}. **Test: {{mdstop Name \"**\"}}**\n" +
        "   - **Action**: {{md Action}}\n" +
        "   - **Result**: {{opt Result}}\n" +
        "   - **Notes**: {{md Notes}}\n" +
        "{{/each}}\n" +
        "\n" +
        "**Overall Self-Test Result**: {{optplain SelfTest.Overall}}  \n" +
        "**Issues Found**: {{md SelfTest.IssuesFound}}\n" +
        "{{#if KnownLimitations}}\n" +
        "\n" +
        "### Known Limitations\n" +
        "\n" +
        "{{mdm KnownLimitations}}\n" +
        "{{/if}}\n" +
        "{{/with}}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Code Review\n" +
        "\n" +
        "**Status**: {{opt Review.Status}}  \n" +
        "**Review Date**: {{date Review.ReviewDate}}  \n" +
        "**Reviewer**: {{md Review.Reviewer}}\n" +
        "\n" +
        "**Comments**: {{mdm Review.Comments}}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Testing\n" +
        "\n" +
        "**Status**: {{opt Testing.Status}}  \n" +
        "**Test Date**: {{date Testing.TestDate}}  \n" +
        "**Tester**: {{md Testing.Tester}}\n" +
        "\n" +
        "**Test Coverage**: {{Testing.CoveragePercent}}%\n" +
        "\n" +
        "**Tests Added**:\n" +
        "{{#each Testing.TestsAdded}}\n" +
        "- {{mds this}}\n" +
        "{{/each}}\n" +
        "\n" +
        "**Test Results**:\n" +
        "{{#each Testing.Results}}\n" +
        "- {{mdstop Suite \": \" \"s\"}}: {{Passed}} passed, {{Failed}} failed\n" +
        "{{/each}}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Security Audit\n" +
        "\n" +
        "**Status**: {{opt Security.Status}}  \n" +
        "**Audit Date**: {{date Security.AuditDate}}  \n" +
        "**Auditor**: {{md Security.Auditor}}\n" +
        "\n" +
        "**Security Findings**:\n" +
        "{{mdm Security.Findings}}\n" +
        "\n" +
        "**Recommendations**:\n" +
        "{{mdm Security.Recommendations}}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Observability\n" +
        "\n" +
        "**Observability Status**: {{opt Observability.Status}}  \n" +
        "**Date**: {{date Observability.Date}}\n" +
        "\n" +
        "**Logging Added**:\n" +
        "{{mdm Observability.Logging}}\n" +
        "\n" +
        "**Metrics**:\n" +
        "{{mdm Observability.Metrics}}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Deployment\n" +
        "\n" +
        "**Deployment Status**: {{opt Deployment.Status}}  \n" +
        "**Date**: {{date Deployment.Date}}\n" +
        "\n" +
        "**Deployment Notes**:\n" +
        "{{mdm Deployment.Notes}}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Final Status\n" +
        "\n" +
        "**Overall Status**: {{opt Final.Status}}  \n" +
        "**Completion Date**: {{date Final.CompletionDate}}  \n" +
        "**Next Task**: {{md Final.NextTask}}\n";

    public static HandlebarsTemplate<object, object> Compile()
    {
        var hb = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        hb.RegisterHelper("md", (in HelperOptions o, in Context c, in Arguments a) => Md.Escape(a[0]?.ToString() ?? ""));
        hb.RegisterHelper("mdh", (in HelperOptions o, in Context c, in Arguments a) => Md.Escape(a[0]?.ToString() ?? "", Md.Ctx.Heading));
        hb.RegisterHelper("mds", (in HelperOptions o, in Context c, in Arguments a) => Md.Escape(a[0]?.ToString() ?? "", Md.Ctx.LineStart));
        hb.RegisterHelper("mdm", (in HelperOptions o, in Context c, in Arguments a) => Md.EscapeMultiLine(a[0]?.ToString() ?? ""));
        hb.RegisterHelper("mdstop", (in HelperOptions o, in Context c, in Arguments a) => Md.Escape(a[0]?.ToString() ?? "",
            a.Length > 2 ? (a[2] as string == "h" ? Md.Ctx.Heading : Md.Ctx.LineStart) : Md.Ctx.Inline, (string)a[1]!));
        hb.RegisterHelper("date", (in HelperOptions o, in Context c, in Arguments a) => a[0] is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
        hb.RegisterHelper("inc", (in HelperOptions o, in Context c, in Arguments a) => (Convert.ToInt32(a[0], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        hb.RegisterHelper("opt", (in HelperOptions o, in Context c, in Arguments a) => Options.Label(a[0], emoji: true));
        hb.RegisterHelper("optplain", (in HelperOptions o, in Context c, in Arguments a) => Options.Label(a[0], emoji: false));
        return hb.Compile(Source);
    }
}

/// <summary>The filled Task Report as a Fluid (Liquid) template, parsed once; escaping by filters.</summary>
public static class FluidTaskReport
{
    private const string Source =
        "# Task Report: {{ r.Overview.TaskId | mdstop: ' - ', 'h' }} - {{ r.TaskName | mdh }}\n" +
        "\n" +
        "## Task Overview\n" +
        "- **Task ID**: {{ r.Overview.TaskId | md }}\n" +
        "- **Assigned To**: {{ r.Overview.AssignedTo | md }}\n" +
        "- **Epic**: {{ r.Overview.Epic | md }}\n" +
        "- **Spec**: {{ r.Overview.Spec | md }}\n" +
        "- **Task File**: {{ r.Overview.TaskFile | md }}\n" +
        "{%- assign d = r.Implementation %}\n" +
        "\n" +
        "## Implementation Details\n" +
        "\n" +
        "**Implementation Date**: {{ d.ImplementationDate | date }}  \n" +
        "**Implementation Time**: {{ d.ImplementationTime | md }}\n" +
        "\n" +
        "### Files Changed\n" +
        "\n" +
        "**Created**:\n" +
        "{% for x in d.Files.Created %}- `{{ x.Path }}` - {{ x.Purpose | md }}\n{% endfor %}" +
        "\n" +
        "**Modified**:\n" +
        "{% for x in d.Files.Modified %}- `{{ x.Path }}` - {{ x.Purpose | md }}\n{% endfor %}" +
        "{% if d.Files.Deleted.size > 0 %}\n**Deleted**:\n{% for x in d.Files.Deleted %}- {{ x | mds }}\n{% endfor %}{% endif %}" +
        "\n" +
        "### Key Implementation Decisions\n" +
        "{% for x in d.Decisions %}\n" +
        "**Decision {{ forloop.index }}: {{ x.Name | mdstop: '**' }}**\n" +
        "- **Context**: {{ x.Context | md }}\n" +
        "- **Decision**: {{ x.Choice | md }}\n" +
        "- **Reasoning**: {{ x.Reasoning | md }}\n" +
        "{% endfor %}" +
        "\n" +
        "### Implementation Summary\n" +
        "\n" +
        "{{ d.Summary.Narrative | mdm }}\n" +
        "\n" +
        "**Components Implemented**:\n" +
        "{% for x in d.Summary.Components %}{{ forloop.index }}. **{{ x.Name | mdstop: '**: ' }}**: {{ x.Description | md }}\n{% endfor %}" +
        "{% if d.Summary.ApiEndpoints.size > 0 %}\n**API Endpoints**:\n{% for x in d.Summary.ApiEndpoints %}- `{{ x.Method }} {{ x.Path }}`: {{ x.Description | md }}\n{% endfor %}{% endif %}" +
        "{% if d.Summary.DatabaseChanges.size > 0 %}\n**Database Changes**:\n{% for x in d.Summary.DatabaseChanges %}- {{ x | mds }}\n{% endfor %}{% endif %}" +
        "{% if d.Summary.ExternalIntegrations.size > 0 %}\n**External Integrations**:\n{% for x in d.Summary.ExternalIntegrations %}- {{ x | mds }}\n{% endfor %}{% endif %}" +
        "\n" +
        "### Deviations from Spec\n" +
        "\n" +
        "{% if d.Deviations.size > 0 %}{% for x in d.Deviations %}{% unless forloop.first %}\n{% endunless %}**Deviation {{ forloop.index }}**:\n" +
        "- **Original Plan**: {{ x.OriginalPlan | md }}\n" +
        "- **Actual Implementation**: {{ x.ActualImplementation | md }}\n" +
        "- **Reason**: {{ x.Reason | md }}\n" +
        "- **Impact**: {{ x.Impact | md }}\n" +
        "- **Architect Approval**: {{ x.ArchitectApproval | md }}\n" +
        "{% endfor %}{% else %}None. Implementation follows spec exactly.\n{% endif %}" +
        "\n" +
        "### Code Quality Notes\n" +
        "\n" +
        "- **Code Style**: {{ d.Quality.CodeStyle | md }}\n" +
        "- **Documentation**: {{ d.Quality.Documentation | md }}\n" +
        "- **Error Handling**: {{ d.Quality.ErrorHandling | md }}\n" +
        "- **Validation**: {{ d.Quality.Validation | md }}\n" +
        "\n" +
        "### Self-Test Results\n" +
        "\n" +
        "**Test Date**: {{ d.SelfTest.TestDate | date }}\n" +
        "\n" +
        "**Test Environment**:\n" +
        "{% for x in d.SelfTest.Environment %}- {{ x | mds }}\n{% endfor %}" +
        "\n" +
        "**Tests Performed**:\n" +
        "{% for x in d.SelfTest.Tests %}\n" +
        "{{ forloop.index }}. **Test: {{ x.Name | mdstop: '**' }}**\n" +
        "   - **Action**: {{ x.Action | md }}\n" +
        "   - **Result**: {{ x.Result | opt }}\n" +
        "   - **Notes**: {{ x.Notes | md }}\n" +
        "{% endfor %}" +
        "\n" +
        "**Overall Self-Test Result**: {{ d.SelfTest.Overall | optplain }}  \n" +
        "**Issues Found**: {{ d.SelfTest.IssuesFound | md }}\n" +
        "{% if d.KnownLimitations %}\n### Known Limitations\n\n{{ d.KnownLimitations | mdm }}\n{% endif %}" +
        "\n" +
        "---\n" +
        "\n" +
        "## Code Review\n" +
        "\n" +
        "**Status**: {{ r.Review.Status | opt }}  \n" +
        "**Review Date**: {{ r.Review.ReviewDate | date }}  \n" +
        "**Reviewer**: {{ r.Review.Reviewer | md }}\n" +
        "\n" +
        "**Comments**: {{ r.Review.Comments | mdm }}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Testing\n" +
        "\n" +
        "**Status**: {{ r.Testing.Status | opt }}  \n" +
        "**Test Date**: {{ r.Testing.TestDate | date }}  \n" +
        "**Tester**: {{ r.Testing.Tester | md }}\n" +
        "\n" +
        "**Test Coverage**: {{ r.Testing.CoveragePercent }}%\n" +
        "\n" +
        "**Tests Added**:\n" +
        "{% for x in r.Testing.TestsAdded %}- {{ x | mds }}\n{% endfor %}" +
        "\n" +
        "**Test Results**:\n" +
        "{% for x in r.Testing.Results %}- {{ x.Suite | mdstop: ': ', 's' }}: {{ x.Passed }} passed, {{ x.Failed }} failed\n{% endfor %}" +
        "\n" +
        "---\n" +
        "\n" +
        "## Security Audit\n" +
        "\n" +
        "**Status**: {{ r.Security.Status | opt }}  \n" +
        "**Audit Date**: {{ r.Security.AuditDate | date }}  \n" +
        "**Auditor**: {{ r.Security.Auditor | md }}\n" +
        "\n" +
        "**Security Findings**:\n" +
        "{{ r.Security.Findings | mdm }}\n" +
        "\n" +
        "**Recommendations**:\n" +
        "{{ r.Security.Recommendations | mdm }}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Observability\n" +
        "\n" +
        "**Observability Status**: {{ r.Observability.Status | opt }}  \n" +
        "**Date**: {{ r.Observability.Date | date }}\n" +
        "\n" +
        "**Logging Added**:\n" +
        "{{ r.Observability.Logging | mdm }}\n" +
        "\n" +
        "**Metrics**:\n" +
        "{{ r.Observability.Metrics | mdm }}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Deployment\n" +
        "\n" +
        "**Deployment Status**: {{ r.Deployment.Status | opt }}  \n" +
        "**Date**: {{ r.Deployment.Date | date }}\n" +
        "\n" +
        "**Deployment Notes**:\n" +
        "{{ r.Deployment.Notes | mdm }}\n" +
        "\n" +
        "---\n" +
        "\n" +
        "## Final Status\n" +
        "\n" +
        "**Overall Status**: {{ r.Final.Status | opt }}  \n" +
        "**Completion Date**: {{ r.Final.CompletionDate | date }}  \n" +
        "**Next Task**: {{ r.Final.NextTask | md }}\n";

    public static readonly TemplateOptions Options = CreateOptions();

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MemberAccessStrategy = UnsafeMemberAccessStrategy.Instance };
        // Enums and dates keep their CLR value (Fluid would turn an enum into its number).
        options.ValueConverters.Add(v => v is Enum or DateOnly ? new ObjectValue(v) : null);
        options.Filters.AddFilter("md", (input, args, ctx) => Str(Md.Escape(input.ToStringValue())));
        options.Filters.AddFilter("mdh", (input, args, ctx) => Str(Md.Escape(input.ToStringValue(), Md.Ctx.Heading)));
        options.Filters.AddFilter("mds", (input, args, ctx) => Str(Md.Escape(input.ToStringValue(), Md.Ctx.LineStart)));
        options.Filters.AddFilter("mdm", (input, args, ctx) => Str(Md.EscapeMultiLine(input.ToStringValue())));
        options.Filters.AddFilter("mdstop", (input, args, ctx) => Str(Md.Escape(input.ToStringValue(),
            args.Count > 1 ? (args.At(1).ToStringValue() == "h" ? Md.Ctx.Heading : Md.Ctx.LineStart) : Md.Ctx.Inline, args.At(0).ToStringValue())));
        options.Filters.AddFilter("date", (input, args, ctx) => Str(input.ToObjectValue() is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""));
        options.Filters.AddFilter("opt", (input, args, ctx) => Str(Reports.Benchmarks.Options.Label(input.ToObjectValue(), emoji: true)));
        options.Filters.AddFilter("optplain", (input, args, ctx) => Str(Reports.Benchmarks.Options.Label(input.ToObjectValue(), emoji: false)));
        return options;
    }

    private static ValueTask<FluidValue> Str(string s) => new(new StringValue(s));

    public static IFluidTemplate Parse()
    {
        var parser = new FluidParser();
        if (!parser.TryParse(Source, out var template, out var error))
        {
            throw new InvalidOperationException(error);
        }

        return template;
    }

    public static string Render(IFluidTemplate template, TaskReport report)
    {
        var context = new TemplateContext(Options);
        context.SetValue("r", report);
        return template.Render(context);
    }
}

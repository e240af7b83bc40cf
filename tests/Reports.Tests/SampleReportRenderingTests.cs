using System;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>The sample's filled reports render as verified, and an empty report is a draft: its template without optional parts.</summary>
public sealed class SampleReportRenderingTests
{
    [Fact]
    public void Filled_task_report_renders_the_verified_Markdown()
    {
        var markdown = SampleReports.TaskReport().ToMarkdown();

        Assert.StartsWith("# Task Report: TASK-142 - Rate limiting for the public Orders API\n\n## Task Overview\n- **Task ID**: TASK-142\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Implementation Date**: 2026-11-18  \n**Implementation Time**: 6 hours\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- `src/Orders.Api/Program.cs` - Registers the middleware before routing\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Decision 2: Redis for shared state**\n- **Context**: The API runs on 6 instances behind a load balancer.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Deviations from Spec\n\nNone. Implementation follows spec exactly.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n3. **Test: Redis unavailable**\n   - **Action**: Stop Redis during a load test\n   - **Result**: ✅ PASS\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Overall Self-Test Result**: PASS  \n**Issues Found**: None\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Code Review\n\n**Status**: APPROVED  \n**Review Date**: 2026-11-19  \n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Test Coverage**: 91%\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n## Final Status\n\n**Overall Status**: COMPLETE  \n**Completion Date**: 2026-11-21  \n**Next Task**: TASK-151\n", markdown, StringComparison.Ordinal);

        // Template-only text stays out of a filled report, and so do the optional parts it leaves empty.
        Assert.DoesNotContain("fills this section]", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("(if ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[Repeat", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Revision", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**Deleted**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**Database Changes**", markdown, StringComparison.Ordinal);

        Snapshot.Match(markdown, "md");
    }

    [Fact]
    public void Filled_coding_implementation_report_renders_the_verified_Markdown()
    {
        var markdown = SampleReports.CodingImplementationReport().ToMarkdown();

        Assert.StartsWith("# Coding Implementation Report\n\n**Date**: 2026-11-18  \n**Implementation Type**: Feature  \n**Status**: 🟢 COMPLETED  \n**Developer**: AI Coding Agent  \n\n---\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Complexity Score**: 6/10 overall implementation complexity  \n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Key Components\n| Component | Purpose | Dependencies | Notes |\n|-----------|---------|--------------|-------|\n| **TokenBucketLimiter** | Refill-and-take per client | IConnectionMultiplexer | Lua script, one round trip |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Test Coverage**: 91% (unit 94%, integration 83%)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- ⚠️ **Performance Optimization**\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Test Coverage Analysis\n```\nUnit Tests:        94% (48 tests)\nIntegration Tests: 83% (12 tests)\nEnd-to-End Tests:  60% (3 tests)\n```\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Known Testing Gaps\n- Multi-region Redis replication lag is not tested\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Usage Examples\n```csharp\nbuilder.Services.AddOrdersRateLimiting(builder.Configuration);\napp.UseOrdersRateLimiting();\n```\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Hard-coded key prefix**: Move \\`rl:\\` into configuration when a second service adopts the limiter.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- ❌ **Architecture Diagrams**: System design documentation\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- [x] Security review completed\n- [ ] Performance benchmarks meet requirements\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("\n---\n\n*This implementation report ensures comprehensive documentation of development work and supports maintainable, scalable code delivery.*\n", markdown, StringComparison.Ordinal);

        Snapshot.Match(markdown, "md");
    }

    [Fact]
    public void An_empty_task_report_is_its_template_without_the_optional_revision_sections()
    {
        var template = TaskReport.RenderTemplate();
        var revisionsStart = template.IndexOf("---\n\n## Revision 1", StringComparison.Ordinal);
        var revisionsEnd = template.IndexOf("---\n\n## Testing", StringComparison.Ordinal);
        Assert.True(revisionsStart > 0 && revisionsEnd > revisionsStart);

        TextAssert.Equal(template.Remove(revisionsStart, revisionsEnd - revisionsStart), new TaskReport().ToMarkdown());
    }

    [Fact]
    public void An_empty_coding_implementation_report_is_its_template()
    {
        TextAssert.Equal(CodingImplementationReport.RenderTemplate(), new CodingImplementationReport().ToMarkdown());
    }
}

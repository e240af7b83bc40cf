#if NET8_0_OR_GREATER
using System.Collections.Generic;

namespace Reports;

/// <summary>
/// What every generated report type offers, so that generic code can work with any of them:
/// <c>static string Blank&lt;T&gt;() where T : IReport&lt;T&gt; =&gt; T.RenderTemplate();</c>.
/// The generator implements it on report types when the consumer's compiler and runtime support static
/// abstract interface members (C# 11 and .NET 7 or later).
/// </summary>
/// <typeparam name="TSelf">The report type itself.</typeparam>
public interface IReport<TSelf>
    where TSelf : IReport<TSelf>
{
    /// <summary>The blank template of the report, every part with its placeholder.</summary>
    static abstract string RenderTemplate();

    /// <summary>The roles that fill the report's sections (<see cref="SectionAttribute.FilledBy"/>), in report order.</summary>
    static abstract IReadOnlyList<string> ReportRoles { get; }

    /// <summary>Writes the report as Markdown.</summary>
    string ToMarkdown();

    /// <summary>Lists every required value that is missing, empty, a placeholder or invalid.</summary>
    /// <param name="role">Check only the sections this role fills; null for the whole report.</param>
    /// <param name="options">Extra placeholder rules.</param>
    CompletenessResult CheckCompleteness(string? role = null, CompletenessOptions? options = null);

    /// <summary>Throws <see cref="ReportIncompleteException"/> when <see cref="CheckCompleteness"/> finds an issue.</summary>
    /// <param name="role">Check only the sections this role fills; null for the whole report.</param>
    /// <param name="options">Extra placeholder rules.</param>
    void EnsureComplete(string? role = null, CompletenessOptions? options = null);
}
#endif

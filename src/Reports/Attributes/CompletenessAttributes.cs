using System;

namespace Reports;

/// <summary>
/// Makes an optional part required while another value of the report has a given value: the Code Review's
/// "Required Changes" when its status is REJECTED, a "Revision N" section when the review rejected the work.
/// </summary>
/// <remarks>
/// <para>Put it on a part declared with <see cref="ReportPartAttribute.Optional"/> <c>= true</c> (an optional part
/// is left out of a draft rather than shown as its template). With several <see cref="RequiredWhenAttribute"/>s
/// the part is required when any of them holds.</para>
/// <para><see cref="Member"/> names the value the condition reads, by property name, relative to the record that
/// declares the annotated property: a sibling (<c>nameof(CodeReview.Status)</c>), or a dotted path into a
/// section (<c>"Review.Status"</c>). With <see cref="FromRoot"/> the path starts at the report type instead, so a
/// section record can depend on another section; such a condition is only known when the whole report is checked
/// (a section record's own <c>CheckCompleteness()</c> treats the part as optional).</para>
/// <para><see cref="Value"/> is a constant of the named member's type: an enum member, <see langword="true"/> or
/// <see langword="false"/>, a number or a string. The condition holds when the member equals it; a path through an
/// absent section never holds. Analyzers check that the path exists and the value has the member's type.</para>
/// </remarks>
/// <example>
/// <code>
/// [Checklist("Required Changes", Condition = "if rejected", Optional = true)]
/// [RequiredWhen(nameof(Status), ReviewStatus.Rejected)]
/// public ReportList&lt;ChecklistItem&gt; RequiredChanges { get; init; } = ReportList&lt;ChecklistItem&gt;.Empty;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = true)]
public sealed class RequiredWhenAttribute : Attribute
{
    /// <summary>Creates the condition <c>member == value</c>.</summary>
    /// <param name="member">The property the condition reads: a sibling's name or a dotted path (<c>"Review.Status"</c>).</param>
    /// <param name="value">The value that makes the part required.</param>
    public RequiredWhenAttribute(string member, object value)
    {
        Member = member;
        Value = value;
    }

    /// <summary>The property the condition reads, relative to the declaring record (or the report with <see cref="FromRoot"/>).</summary>
    public string Member { get; }

    /// <summary>The value that makes the part required.</summary>
    public object Value { get; }

    /// <summary>Resolve <see cref="Member"/> from the report type rather than from the declaring record.</summary>
    public bool FromRoot { get; set; }
}

/// <summary>
/// Accepts values of this member that merely look like placeholders (<c>[1, 2, 3]</c>, <c>X</c>, <c>TODO</c>):
/// completeness checks report only a value equal to the member's own template placeholder (or containing a bracketed
/// part of it). Works on any annotated property, table columns and <see cref="InlineAttribute"/> record members.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AllowPlaceholderLikeAttribute : Attribute
{
}

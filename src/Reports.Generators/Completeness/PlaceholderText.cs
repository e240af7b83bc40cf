using System;
using System.Collections.Generic;

namespace Reports.Generators.Completeness;

/// <summary>
/// Decides at compile time (RPT0102 and the code fixes) whether a piece of text is a template placeholder rather than
/// a real value, by the same rules as the runtime's completeness check: both compile
/// <c>src/Reports/Completeness/PlaceholderRules.cs</c>, so they always agree.
/// </summary>
internal static class PlaceholderText
{
    /// <summary>
    /// Whether <paramref name="value"/> is a placeholder. <paramref name="templatePlaceholders"/> are the value's own
    /// placeholders in the blank template; <paramref name="defaultValue"/> is a default that is a real value even when
    /// it looks like a placeholder.
    /// </summary>
    public static bool IsPlaceholder(string? value, IEnumerable<string>? templatePlaceholders = null, string? defaultValue = null)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.AsSpan().Trim();
        if (text.Length == 0 || (defaultValue is not null && text.SequenceEqual(defaultValue.AsSpan().Trim())))
        {
            return false;
        }

        if (templatePlaceholders is not null)
        {
            foreach (var placeholder in templatePlaceholders)
            {
                if (PlaceholderRules.IsOwnPlaceholder(text, placeholder.AsSpan().Trim()))
                {
                    return true;
                }
            }
        }

        return PlaceholderRules.LooksLike(text);
    }
}

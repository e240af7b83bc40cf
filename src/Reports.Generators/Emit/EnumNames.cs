using System;
using System.Globalization;
using System.Linq;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// The names of the model's enums as the emitted code spells them (<c>NodeKind.Field</c>, <c>TextContext.Inline</c>, <c>FormatPartKind.Hole</c>):
/// <see cref="Enum.ToString()"/> boxes the value and looks its name up, for every member and every value written.
/// </summary>
internal static class EnumNames
{
    private static readonly string[] MemberKinds = NamesByValue<MemberKind>();
    private static readonly string[] ValueKinds = NamesByValue<ValueKind>();
    private static readonly string[] TextContexts = NamesByValue<TextContext>();
    private static readonly string[] FormatPartKinds = NamesByValue<FormatPartKind>();
    private static readonly string[] MarkdownPlaces = NamesByValue<MarkdownPlace>();

    public static string Of(MemberKind kind) => MemberKinds[(int)kind];

    public static string Of(ValueKind kind) => ValueKinds[(int)kind];

    public static string Of(TextContext context) => TextContexts[(int)context];

    public static string Of(FormatPartKind kind) => FormatPartKinds[(int)kind];

    public static string Of(MarkdownPlace place) => MarkdownPlaces[(int)place];

    private static string[] NamesByValue<T>()
        where T : struct
    {
        // The model's enums are small and not negative: an array indexed by value holds their names.
        var values = (T[])Enum.GetValues(typeof(T));
        var names = new string[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = value.ToString()!;
        }

        return names;
    }
}

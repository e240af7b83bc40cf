using System.Collections.Generic;
using System.ComponentModel;

namespace Reports.Reading;

/// <summary>The values read for one record, by slot; generated code builds the record from them.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ParsedRecord
{
    private readonly object?[] _slots;
    private readonly bool[] _set;

    /// <summary>Creates an empty record of <paramref name="count"/> slots.</summary>
    public ParsedRecord(int count)
    {
        _slots = new object?[count];
        _set = new bool[count];
    }

    /// <summary>The value in a slot.</summary>
    public object? this[int slot] => _slots[slot];

    /// <summary>Whether a slot was read from the text.</summary>
    public bool IsSet(int slot) => _set[slot];

    internal void Set(int slot, object? value)
    {
        _slots[slot] = value;
        _set[slot] = true;
    }

    internal List<object?> ListAt(int slot)
    {
        if (_slots[slot] is not List<object?> list)
        {
            list = new List<object?>();
            _slots[slot] = list;
        }

        _set[slot] = true;
        return list;
    }

    /// <summary>A string slot.</summary>
    public string? GetString(int slot) => _slots[slot] as string;

    /// <summary>A value-type slot, or its default.</summary>
    public T GetValue<T>(int slot)
        where T : struct => _slots[slot] is T value ? value : default;

    /// <summary>A nullable value-type slot.</summary>
    public T? GetNullable<T>(int slot)
        where T : struct => _slots[slot] is T value ? value : null;

    /// <summary>A reference slot (a record, a code block).</summary>
    public T? GetObject<T>(int slot)
        where T : class => _slots[slot] as T;

    /// <summary>A list slot (empty when the list was not in the text).</summary>
    public ReportList<T> GetList<T>(int slot)
    {
        if (_slots[slot] is not List<object?> items || items.Count == 0)
        {
            return ReportList<T>.Empty;
        }

        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i] is T item ? item : default!;
        }

        return ReportList<T>.Own(array);
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
#endif

namespace Reports;

/// <summary>
/// An immutable list that compares by value, so that report records holding lists keep record
/// equality (<c>Parse(r.ToMarkdown()) == r</c>). Arrays and <see cref="List{T}"/> convert to it implicitly.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
#if NET8_0_OR_GREATER
[CollectionBuilder(typeof(ReportList), nameof(ReportList.Create))]
#endif
public sealed class ReportList<T> : IReadOnlyList<T>, IEquatable<ReportList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list.</summary>
    public static ReportList<T> Empty { get; } = new ReportList<T>(Array.Empty<T>());

    private ReportList(T[] items) => _items = items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    public ReportList(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        _items = new List<T>(items).ToArray();
    }

    /// <summary>Wraps an array the caller gives up (no copy).</summary>
    internal static ReportList<T> Own(T[] items) => items.Length == 0 ? Empty : new ReportList<T>(items);

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <summary>Returns a struct enumerator (no allocation in <c>foreach</c>).</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>A new list with <paramref name="item"/> added at the end.</summary>
    public ReportList<T> Add(T item)
    {
        var items = new T[_items.Length + 1];
        Array.Copy(_items, items, _items.Length);
        items[_items.Length] = item;
        return new ReportList<T>(items);
    }

    /// <summary>True when both lists hold equal items in the same order.</summary>
    public bool Equals(ReportList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = 17;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ReportList<T>? left, ReportList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ReportList<T>? left, ReportList<T>? right) => !(left == right);

    /// <summary>Copies an array into a list.</summary>
    public static implicit operator ReportList<T>(T[]? items) => items is null || items.Length == 0 ? Empty : new ReportList<T>((T[])items.Clone());

    /// <summary>Copies a <see cref="List{T}"/> into a list.</summary>
    public static implicit operator ReportList<T>(List<T>? items) => items is null || items.Count == 0 ? Empty : new ReportList<T>(items.ToArray());

    /// <inheritdoc/>
    public override string ToString() => $"ReportList<{typeof(T).Name}>[{_items.Length}]";
}

/// <summary>Creates <see cref="ReportList{T}"/> values.</summary>
public static class ReportList
{
    /// <summary>Creates a list from items (also the builder of C# collection expressions).</summary>
    public static ReportList<T> Create<T>(ReadOnlySpan<T> items) => ReportList<T>.Own(items.ToArray());

    /// <summary>Creates a list from items.</summary>
    public static ReportList<T> Of<T>(params T[] items) => items;
}

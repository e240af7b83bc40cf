using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Reports.Generators.Incremental;

/// <summary>
/// What is read from a syntax tree alone, kept as long as the tree lives: a tree is immutable and shared by every
/// compilation (and every fork of one) that holds it, so it is read once.
/// </summary>
internal sealed class PerTree<T>
    where T : class
{
    private readonly ConditionalWeakTable<SyntaxTree, T> _cache = new();
    private readonly Func<SyntaxTree, CancellationToken, T> _read;

    public PerTree(Func<SyntaxTree, CancellationToken, T> read) => _read = read;

    /// <summary>What was read from <paramref name="tree"/>, reading it now the first time.</summary>
    public T Get(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tree, out var known))
        {
            return known;
        }

        // Read outside the table's lock (the read may be cancelled); a concurrent reader's value may win, which is equal.
        var value = _read(tree, cancellationToken);
        return _cache.GetValue(tree, _ => value);
    }
}

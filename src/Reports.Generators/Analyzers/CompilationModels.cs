using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Reports.Generators.Model;

namespace Reports.Generators.Analyzers;

/// <summary>
/// The record models the analyzers have built for one compilation, by fully qualified type name. The definition
/// analyzer builds every report it checks, and the construction analyzer needs the same models for the code that
/// creates those reports; building a model again costs as much as the first time (every member's attributes are read
/// and classified), so whichever analyzer builds one first keeps it here for the other.
/// </summary>
/// <remarks>
/// Held per compilation in a weak table, so it lives exactly as long as the compilation does: an edit makes a new
/// compilation and so new models, and the IDE's fork of a compilation per analyzed document gets its own. Models are
/// immutable values, safe to share between threads.
/// </remarks>
internal sealed class CompilationModels
{
    private static readonly ConditionalWeakTable<Compilation, CompilationModels> ByCompilation = new();

    private readonly ConcurrentDictionary<string, RecordModel> _records = new(StringComparer.Ordinal);

    private CompilationModels()
    {
    }

    /// <summary>The models of <paramref name="compilation"/>.</summary>
    public static CompilationModels Of(Compilation compilation) => ByCompilation.GetValue(compilation, static _ => new CompilationModels());

    /// <summary>The model of the type whose fully qualified name is <paramref name="fullTypeName"/>, when one was built.</summary>
    public bool TryGet(string fullTypeName, out RecordModel record) => _records.TryGetValue(fullTypeName, out record!);

    /// <summary>Keeps <paramref name="record"/> and the records inside it (sections, table rows, list items), each once.</summary>
    public void Keep(RecordModel record)
    {
        if (!_records.TryAdd(record.FullTypeName, record))
        {
            return;
        }

        foreach (var member in record.Members)
        {
            if (member.Value.Record is { Members.IsEmpty: false } inner)
            {
                Keep(inner);
            }
        }
    }
}

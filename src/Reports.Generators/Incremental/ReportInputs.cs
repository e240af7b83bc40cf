using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Reports.Generators.Model;

namespace Reports.Generators.Incremental;

/// <summary>
/// What the models of a compilation's reports are made from: the shape of every syntax tree and reference. Two inputs
/// compare equal when no report's model can differ between them, so the models are rebuilt only when something they
/// depend on changed.
/// </summary>
/// <remarks>
/// <para>
/// Roslyn runs a <c>ForAttributeWithMetadataName</c> transform again for every attributed type whenever the compilation
/// changes, because it hands the transform a new semantic model; building a report's model there would bind every
/// report again after each keystroke in any file. Here that transform only names the report type, and each model is
/// built from the name and this value, which compares equal unless:
/// </para>
/// <list type="bullet">
/// <item>the compilation options, the assembly name, a reference or the number of trees changed;</item>
/// <item>a tree changed what a name may bind to anywhere, or which types are reports (<see cref="TreeShape.Names"/>:
/// usings, namespaces, type declarations with their attributes, assembly attributes, parse options);</item>
/// <item>a tree the reports depend on changed outside member bodies (<see cref="TreeShape.Declarations"/>). The trees
/// depended on are found from names, over-approximating binding: the trees declaring a type with a <c>[Report]</c>
/// attribute (or one of an alias of it), then every tree that declares a name one of those mentions outside bodies
/// (a section record, an enum, a base type, a constant in an attribute, a member in <c>nameof</c>), and so on.</item>
/// </list>
/// <para>
/// So an edit inside any member body, or to the members of a type no report reaches, keeps every model. A report
/// type appears, disappears or is renamed only with a change of <see cref="TreeShape.Names"/>, so a name from the
/// attribute step never meets an input older than itself. The value holds the compilation weakly, for building the
/// models in the run that produced it: when it compares equal the previous value is kept and nothing downstream
/// runs, so no compilation is kept alive by the pipeline. Tested by <c>ReportInputsTests</c>: after each of a list of
/// edits, and after random sequences of them, the output equals a fresh run's.
/// </para>
/// </remarks>
internal sealed class ReportInputs : IEquatable<ReportInputs>
{
    private readonly WeakReference<Compilation> _compilation;
    private readonly ImmutableArray<TreeShape> _trees;
    // Held strongly: a value is kept across runs only while it compares equal, and then its references are the very
    // objects of the current compilation, so this keeps nothing alive that the compilation does not.
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private readonly string? _assemblyName;
    private bool[]? _dependedOn;

    private ReportInputs(Compilation compilation, ImmutableArray<TreeShape> trees)
    {
        _compilation = new WeakReference<Compilation>(compilation);
        _trees = trees;
        _references = compilation.References.ToImmutableArray();
        _options = compilation.Options;
        _assemblyName = compilation.AssemblyName;
    }

    public static ReportInputs Create(Compilation compilation, CancellationToken cancellationToken)
    {
        var trees = ImmutableArray.CreateBuilder<TreeShape>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            trees.Add(TreeShape.Of(tree, cancellationToken));
        }

        return new ReportInputs(compilation, trees.ToImmutable());
    }

    /// <summary>
    /// What the compilation supports, as far as generated code cares. Read here rather than from every compilation:
    /// it depends only on references, options and declarations, and looking a type up by metadata name makes the
    /// compiler build the declaration table of the whole compilation, which an edit in a method body need not pay.
    /// </summary>
    public TargetFeatures Features() => TargetFeatures.Of(Compilation());

    /// <summary>
    /// Builds the model of the report type named <paramref name="metadataName"/>, or returns null when its definition is
    /// invalid (the analyzers report it).
    /// </summary>
    public ReportModel? BuildModel(string metadataName, CancellationToken cancellationToken) =>
        Compilation().Assembly.GetTypeByMetadataName(metadataName) is { } type
            ? ModelBuilder.Build(type, report: null, cancellationToken)
            : null;

    private Compilation Compilation() =>
        _compilation.TryGetTarget(out var compilation)
            ? compilation
            // The driver holds the compilation of the run that made this value for as long as the run lasts.
            : throw new InvalidOperationException("The compilation the report inputs were read from is no longer alive; models can only be built in the run that read them.");

    /// <summary>The metadata name by which <see cref="BuildModel"/> finds <paramref name="type"/> again (<c>N.Outer+Inner`1</c>).</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            name = ns.MetadataName + "." + name;
        }

        return name;
    }

    public bool Equals(ReportInputs? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_assemblyName != other._assemblyName
            || !(ReferenceEquals(_options, other._options) || _options.Equals(other._options))
            || !SameReferences(_references, other._references)
            || _trees.Length != other._trees.Length)
        {
            return false;
        }

        List<int>? changed = null;
        for (var i = 0; i < _trees.Length; i++)
        {
            var (mine, theirs) = (_trees[i], other._trees[i]);
            if (ReferenceEquals(mine, theirs))
            {
                continue;
            }

            if (mine.Names != theirs.Names)
            {
                return false;
            }

            if (mine.Declarations != theirs.Declarations)
            {
                (changed ??= new List<int>()).Add(i);
            }
        }

        if (changed is null)
        {
            return true;
        }

        // Only trees no report depends on changed, before or after the edit.
        var dependedOn = DependedOn();
        var otherDependedOn = other.DependedOn();
        return changed.All(i => !dependedOn[i] && !otherDependedOn[i]);
    }

    public override bool Equals(object? obj) => Equals(obj as ReportInputs);

    // Equal inputs may differ in trees no report depends on, so only what must be equal is hashed.
    public override int GetHashCode() => _trees.Length;

    private static bool SameReferences(ImmutableArray<MetadataReference> a, ImmutableArray<MetadataReference> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Which trees the reports depend on: those declaring a type with a <c>[Report]</c> attribute (by its last
    /// identifier, or an alias of it), then, until nothing is added, those declaring a name that a tree already depended
    /// on mentions.
    /// </summary>
    private bool[] DependedOn() => _dependedOn ??= FindDependedOn();

    private bool[] FindDependedOn()
    {
        var reportAttribute = new HashSet<string>(StringComparer.Ordinal) { "Report", "ReportAttribute" };
        foreach (var tree in _trees)
        {
            foreach (var alias in tree.Aliases)
            {
                if (alias.Value is "Report" or "ReportAttribute")
                {
                    reportAttribute.Add(alias.Key);
                }
            }
        }

        var declaredIn = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wanted = new Queue<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _trees.Length; i++)
        {
            foreach (var name in _trees[i].Declared)
            {
                if (!declaredIn.TryGetValue(name, out var trees))
                {
                    declaredIn[name] = trees = new List<int>();
                }

                trees.Add(i);
            }

            foreach (var type in _trees[i].AttributedTypes)
            {
                if (type.Value.Any(reportAttribute.Contains) && seen.Add(type.Key))
                {
                    wanted.Enqueue(type.Key);
                }
            }
        }

        var dependedOn = new bool[_trees.Length];
        while (wanted.Count > 0)
        {
            if (!declaredIn.TryGetValue(wanted.Dequeue(), out var trees))
            {
                continue;
            }

            foreach (var i in trees)
            {
                if (dependedOn[i])
                {
                    continue;
                }

                dependedOn[i] = true;
                foreach (var mentioned in _trees[i].Mentioned)
                {
                    if (seen.Add(mentioned))
                    {
                        wanted.Enqueue(mentioned);
                    }
                }
            }
        }

        return dependedOn;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Reports.Generators.Analyzers;

/// <summary>
/// The definition diagnostics of one compilation, each filed under the type declaration that holds its location.
/// </summary>
/// <remarks>
/// <para>A report's problems are often in other types: an enum member without [Option], a section record's property,
/// the type that contains the report. The IDE shows a symbol action's diagnostics only inside that symbol's
/// declaration, so each problem must be reported from the innermost type declaration around it. Building the models
/// of the reports that reach a type and filing their diagnostics by declaration does that, and reports a problem in a
/// section record that several reports share once.</para>
/// <para>Only the reports that can reach the type are built: the IDE analyzes one document at a time, each on a fresh
/// fork of the compilation, so building every report of the project for each document would make analysis quadratic
/// in the project's size. Which reports reach a type is found from syntax (<see cref="TreeNames"/>, read once per
/// tree): the declarations that mention its name, those that mention theirs, and so on, keeping the ones with a
/// <c>[Report]</c>-like attribute. Each report is built at most once per compilation, and its model is kept for the
/// construction analyzer (<see cref="CompilationModels"/>), which checks the code creating it.</para>
/// </remarks>
internal sealed class DefinitionDiagnostics
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _reportAttribute;
    private readonly CompilationModels _models;
    private readonly object _gate = new();
    private readonly Dictionary<(SyntaxTree Tree, TextSpan Span), List<Diagnostic>> _byDeclaration = new();
    private readonly HashSet<(string, Location, string)> _seen = new();
    private readonly HashSet<INamedTypeSymbol> _built = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _resolvedNames = new(StringComparer.Ordinal);
    private NameGraph? _graph;

    public DefinitionDiagnostics(Compilation compilation, INamedTypeSymbol reportAttribute)
    {
        _compilation = compilation;
        _reportAttribute = reportAttribute;
        _models = CompilationModels.Of(compilation);
    }

    /// <summary>The diagnostics located in the declarations of <paramref name="type"/> (not in its nested types).</summary>
    public IReadOnlyList<Diagnostic> For(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _graph ??= NameGraph.Build(_compilation, cancellationToken);
            foreach (var name in _graph.ReportsReaching(StartNames(type)))
            {
                if (_resolvedNames.Add(name))
                {
                    BuildReportsNamed(name, cancellationToken);
                }
            }

            List<Diagnostic>? found = null;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (_byDeclaration.TryGetValue((reference.SyntaxTree, reference.Span), out var diagnostics))
                {
                    (found ??= new List<Diagnostic>()).AddRange(diagnostics);
                }
            }

            return (IReadOnlyList<Diagnostic>?)found ?? Array.Empty<Diagnostic>();
        }
    }

    /// <summary>The type's name and its nested types' names: a report nested in a type files problems on it (RPT0001).</summary>
    private static IEnumerable<string> StartNames(INamedTypeSymbol type)
    {
        yield return type.Name;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var name in StartNames(nested))
            {
                yield return name;
            }
        }
    }

    private void BuildReportsNamed(string name, CancellationToken cancellationToken)
    {
        try
        {
            // By metadata name, a look-up per namespace level (GetSymbolsWithName would walk every declaration).
            foreach (var metadataName in _graph!.ReportMetadataNames(name))
            {
                if (_compilation.Assembly.GetTypeByMetadataName(metadataName) is { } type
                    && !_built.Contains(type)
                    && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _reportAttribute)))
                {
                    // The construction analyzer needs the same model for the report's creations: offer it.
                    if (ModelBuilder.Check(type, File, cancellationToken) is { } record)
                    {
                        _models.Keep(record);
                    }

                    _built.Add(type);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The next request looks at this name again.
            _resolvedNames.Remove(name);
            throw;
        }

        void File(Diagnostic diagnostic)
        {
            // A section record used by several reports (or twice in one) is built each time: file it once.
            if (_seen.Add((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage())) && Declaration(diagnostic.Location, cancellationToken) is { } key)
            {
                if (!_byDeclaration.TryGetValue(key, out var list))
                {
                    _byDeclaration.Add(key, list = new List<Diagnostic>());
                }

                list.Add(diagnostic);
            }
        }
    }

    private static (SyntaxTree, TextSpan)? Declaration(Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree)
        {
            return null;
        }

        var declaration = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return declaration is null ? null : (tree, declaration.Span);
    }

    /// <summary>Which type names mention which, over the compilation's trees, and which names may be reports.</summary>
    private sealed class NameGraph
    {
        private static readonly string[] ReportAttributeNames = { "Report", "ReportAttribute" };

        private readonly Dictionary<string, List<string>> _mentionedBy = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _reports = new(StringComparer.Ordinal);

        public static NameGraph Build(Compilation compilation, CancellationToken cancellationToken)
        {
            var trees = new List<TreeNames>();
            var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var names = TreeNames.Of(tree, cancellationToken);
                trees.Add(names);
                foreach (var alias in names.Aliases)
                {
                    if (!aliases.TryGetValue(alias.Key, out var targets))
                    {
                        aliases.Add(alias.Key, targets = new List<string>());
                    }

                    targets.Add(alias.Value);
                }
            }

            var graph = new NameGraph();
            foreach (var names in trees)
            {
                foreach (var declaration in names.Declarations)
                {
                    if (declaration.MetadataName is { } metadataName && declaration.Attributes.Any(a => IsReportAttribute(a, aliases)))
                    {
                        if (!graph._reports.TryGetValue(declaration.Name, out var metadataNames))
                        {
                            graph._reports.Add(declaration.Name, metadataNames = new List<string>());
                        }

                        metadataNames.Add(metadataName);
                    }

                    foreach (var mention in declaration.Mentions)
                    {
                        graph.Add(mention, declaration.Name);
                        if (aliases.TryGetValue(mention, out var targets))
                        {
                            // `using S = Section;` then `S` in a declaration mentions Section.
                            foreach (var target in targets)
                            {
                                graph.Add(target, declaration.Name);
                            }
                        }
                    }
                }
            }

            return graph;
        }

        /// <summary>The names of possible reports whose declarations reach one of <paramref name="names"/>, directly or through others.</summary>
        public List<string> ReportsReaching(IEnumerable<string> names)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            foreach (var name in names)
            {
                if (reached.Add(name))
                {
                    pending.Push(name);
                }
            }

            var reports = new List<string>();
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (_reports.ContainsKey(name))
                {
                    reports.Add(name);
                }

                if (_mentionedBy.TryGetValue(name, out var mentioners))
                {
                    foreach (var mentioner in mentioners)
                    {
                        if (reached.Add(mentioner))
                        {
                            pending.Push(mentioner);
                        }
                    }
                }
            }

            return reports;
        }

        /// <summary>The metadata names of the declarations called <paramref name="name"/> that may be reports.</summary>
        public IReadOnlyList<string> ReportMetadataNames(string name) =>
            _reports.TryGetValue(name, out var metadataNames) ? metadataNames : (IReadOnlyList<string>)Array.Empty<string>();

        private static bool IsReportAttribute(string name, Dictionary<string, List<string>> aliases) =>
            Array.IndexOf(ReportAttributeNames, name) >= 0
            || (aliases.TryGetValue(name, out var targets) && targets.Any(t => Array.IndexOf(ReportAttributeNames, t) >= 0));

        private void Add(string mention, string declaration)
        {
            if (mention == declaration)
            {
                return;
            }

            if (!_mentionedBy.TryGetValue(mention, out var mentioners))
            {
                _mentionedBy.Add(mention, mentioners = new List<string>());
            }

            mentioners.Add(declaration);
        }
    }
}

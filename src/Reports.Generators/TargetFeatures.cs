using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Reports.Generators;

/// <summary>
/// What the consumer's compilation supports, as far as generated code cares: a small equatable value selected
/// from the compilation, so that reports are re-emitted only when it changes.
/// </summary>
/// <param name="ImplementsReportInterface">
/// Reports implement <c>Reports.IReport&lt;TSelf&gt;</c>: the runtime reference has it (the net8.0 build), and the
/// compiler and runtime support static abstract interface members (C# 11, .NET 7 or later).
/// </param>
/// <param name="HasNotNullWhen"><c>[NotNullWhen]</c> is available to mark <c>TryBuild</c>'s result.</param>
internal readonly record struct TargetFeatures(bool ImplementsReportInterface, bool HasNotNullWhen)
{
    public static TargetFeatures Of(Compilation compilation)
    {
        var staticAbstracts = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }
            && compilation.SupportsRuntimeCapability(RuntimeCapability.VirtualStaticsInInterfaces);
        return new TargetFeatures(
            staticAbstracts && IsAvailable(compilation, KnownNames.IReport),
            IsAvailable(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"));
    }

    private static bool IsAvailable(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}

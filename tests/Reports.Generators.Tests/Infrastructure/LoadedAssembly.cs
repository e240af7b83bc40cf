using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Reports.Generators.Tests.Infrastructure;

/// <summary>
/// A compiled test input loaded into a collectible <see cref="AssemblyLoadContext"/>, so a test can run the generated
/// members. The Reports runtime resolves to the copy the tests already loaded. Reflection is the test's only; the
/// generated code uses none.
/// </summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        _assembly = assembly;
    }

    public static LoadedAssembly Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, "Emit failed:\n" + string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("ReportsGeneratorTest", isCollectible: true);
        return new LoadedAssembly(context, context.LoadFromStream(image));
    }

    /// <summary>The blank template of the report type <paramref name="typeName"/> (<c>RenderTemplate()</c>).</summary>
    public string RenderTemplate(string typeName) => (string)Invoke(typeName, "RenderTemplate")!;

    /// <summary>
    /// The text returned by <c>Demo.Example.<paramref name="method"/>()</c>, the static method through which a test input
    /// renders its filled reports.
    /// </summary>
    public string Example(string method) => (string)Invoke("Demo.Example", method)!;

    /// <summary>Calls a public static method of <paramref name="typeName"/> and returns its result.</summary>
    public object? Invoke(string typeName, string method, params object?[] arguments)
    {
        var type = Type(typeName);
        var target = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == method && m.GetParameters().Length == arguments.Length);
        try
        {
            return target.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>The type <paramref name="typeName"/> (full name) of the compiled input.</summary>
    public Type Type(string typeName) =>
        _assembly.GetType(typeName) ?? throw new InvalidOperationException($"No type '{typeName}' in the compiled input.");

    public void Dispose() => _context.Unload();
}

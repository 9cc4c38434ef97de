using System.Reflection;

namespace GpConnect.Provider.Foundations;

/// <summary>
/// Where the server finds its appsettings files. ASP.NET Core looks in the working directory, so the built DLL started
/// from anywhere else (<c>dotnet src/GpConnect.Provider/bin/Release/net10.0/GpConnect.Provider.dll</c> from the
/// repository root) would run without its settings: no log output, no Development defaults. When the working
/// directory has no appsettings.json, the application's own directory, where the build copies them, is used instead.
/// A host started by the tests (another entry assembly) keeps the content root they give it.
/// </summary>
public static class ProviderContentRoot
{
    public static string? Choose()
    {
        var inWorkingDirectory = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        var startedAsProgram = Assembly.GetEntryAssembly() == typeof(Program).Assembly;
        return !inWorkingDirectory && startedAsProgram ? AppContext.BaseDirectory : null;
    }
}

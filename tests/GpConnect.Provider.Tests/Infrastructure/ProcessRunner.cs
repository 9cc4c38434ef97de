using System.Diagnostics;

namespace GpConnect.Provider.Tests.Infrastructure;

/// <summary>Runs the PostgreSQL command-line tools and reports their output when they fail.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Start(fileName, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, $"{Describe(fileName, arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return new Result(process.ExitCode, Summarise(await stdout, await stderr));
    }

    /// <summary>For process-exit cleanup, where nothing asynchronous can be awaited.</summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        using var process = Start(fileName, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, $"{Describe(fileName, arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return new Result(process.ExitCode, Summarise(stdout.Result, stderr.Result));
    }

    public static string Describe(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName));

    /// <summary>The tools put their reason for failing last on stderr; a test failure message needs that, not the chatter.</summary>
    private static string Summarise(string stdout, string stderr)
    {
        var text = string.IsNullOrWhiteSpace(stderr) ? stdout : stderr;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" / ", lines.TakeLast(4));
    }

    private static Process Start(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The tools need no input; a closed stdin stops any of them from waiting for a password prompt.
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}");
        process.StandardInput.Close();
        return process;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// What the fuzz run found, by failure class (the check that failed, the answer and the request's shape), with a few
/// example requests each: one class is usually one defect, and the examples are enough to reproduce it by hand.
/// </summary>
internal sealed class FuzzFindings
{
    private const int ExamplesPerClass = 3;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _classes = new(StringComparer.Ordinal);

    public bool IsEmpty => _classes.IsEmpty;

    public void Add(string failureClass, string example) =>
        _classes.GetOrAdd(failureClass, _ => new ConcurrentQueue<string>()).Enqueue(example);

    public string Report(int seed, int requests)
    {
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"{_classes.Count} failure classes in {requests} fuzzed requests (seed {seed}; set GPC_FUZZ_SEED={seed} to replay):");
        foreach (var (failureClass, examples) in _classes.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            report.Append(CultureInfo.InvariantCulture, $"\n\n{failureClass} (x{examples.Count})");
            foreach (var example in examples.Take(ExamplesPerClass))
            {
                report.Append("\n  ").Append(example.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return report.ToString();
    }
}

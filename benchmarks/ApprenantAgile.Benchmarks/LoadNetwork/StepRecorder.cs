using System.Collections.Concurrent;
using System.Diagnostics;

namespace ApprenantAgile.Benchmarks.LoadNetwork;

/// <summary>
/// Latencies and errors of every step of a load run, per step name. An error is a response outside
/// 2xx and 3xx, a response whose content is not what a browser would see on success, or an exception.
/// Errors are grouped by step and cause, with the first response body of each group kept for the report.
/// </summary>
internal sealed class StepRecorder
{
    private const int MaxSampleLength = 400;

    private readonly ConcurrentDictionary<string, StepLatencies> _steps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ErrorGroup> _errors = new(StringComparer.Ordinal);
    private StepLatencies _all = new();
    private long _started = Stopwatch.GetTimestamp();
    private long _stopped;

    /// <summary>Starts the measured window: counts and latencies recorded before are dropped.</summary>
    public void Start()
    {
        _steps.Clear();
        _errors.Clear();
        _all = new StepLatencies();
        _started = Stopwatch.GetTimestamp();
        _stopped = 0;
    }

    public void Stop() => _stopped = Stopwatch.GetTimestamp();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started, _stopped == 0 ? Stopwatch.GetTimestamp() : _stopped);

    public void Record(string step, double milliseconds)
    {
        _steps.GetOrAdd(step, _ => new StepLatencies()).Add(milliseconds);
        _all.Add(milliseconds);
    }

    public void RecordError(string step, string cause, string? sample)
    {
        var group = _errors.GetOrAdd(step + " | " + cause, key => new ErrorGroup(step, cause, Truncate(sample)));
        Interlocked.Increment(ref group.Count);
        _steps.GetOrAdd(step, _ => new StepLatencies()).AddError();
        _all.AddError();
    }

    public long ErrorCount => _errors.Values.Sum(e => Interlocked.Read(ref e.Count));

    public IReadOnlyList<StepSummary> Summaries()
    {
        var seconds = Elapsed.TotalSeconds;
        return _steps.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value.Summarize(s.Key, seconds)).ToList();
    }

    /// <summary>All requests of the run together.</summary>
    public StepSummary Total(string name) => _all.Summarize(name, Elapsed.TotalSeconds);

    public IReadOnlyList<ErrorGroup> Errors() => _errors.Values.OrderByDescending(e => e.Count).ToList();

    private static string? Truncate(string? sample)
    {
        if (sample is null || sample.Length <= MaxSampleLength)
        {
            return sample;
        }

        return sample[..MaxSampleLength] + "…";
    }

    /// <summary>Errors of one step with one cause (a status code or an exception type).</summary>
    internal sealed class ErrorGroup(string step, string cause, string? sample)
    {
        public long Count;

        public string Step { get; } = step;

        public string Cause { get; } = cause;

        public string? Sample { get; } = sample;
    }

    private sealed class StepLatencies
    {
        private readonly List<double> _milliseconds = [];
        private long _errors;

        public void Add(double milliseconds)
        {
            lock (_milliseconds)
            {
                _milliseconds.Add(milliseconds);
            }
        }

        public void AddError() => Interlocked.Increment(ref _errors);

        public StepSummary Summarize(string step, double seconds)
        {
            List<double> sorted;
            lock (_milliseconds)
            {
                sorted = [.. _milliseconds.Order()];
            }

            return new StepSummary(step, sorted.Count, sorted.Count / seconds,
                Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), Interlocked.Read(ref _errors));
        }

        private static double Percentile(List<double> sorted, double fraction) =>
            sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }
}

/// <summary>One step's completed requests, requests per second over the measured window, latency percentiles in milliseconds, and errors.</summary>
internal sealed record StepSummary(string Step, int Count, double PerSecond, double P50, double P95, double P99, long Errors);

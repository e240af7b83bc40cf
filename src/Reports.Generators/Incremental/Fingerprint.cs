using System;

namespace Reports.Generators.Incremental;

/// <summary>
/// A 128-bit digest of a sequence of strings and numbers (two independent 64-bit hashes), so that a tree's shape is
/// compared without keeping its text. Not cryptographic: the inputs are source files, not adversaries.
/// </summary>
internal readonly struct Fingerprint : IEquatable<Fingerprint>
{
    private readonly ulong _first;
    private readonly ulong _second;

    private Fingerprint(ulong first, ulong second)
    {
        _first = first;
        _second = second;
    }

    public bool Equals(Fingerprint other) => _first == other._first && _second == other._second;

    public override bool Equals(object? obj) => obj is Fingerprint other && Equals(other);

    public override int GetHashCode() => unchecked((int)_first ^ (int)(_first >> 32));

    public static bool operator ==(Fingerprint left, Fingerprint right) => left.Equals(right);

    public static bool operator !=(Fingerprint left, Fingerprint right) => !left.Equals(right);

    /// <summary>Feeds values in order; each string is length-prefixed, so ("ab", "c") and ("a", "bc") differ.</summary>
    internal struct Builder
    {
        // FNV-1a (64-bit) and a multiply-rotate hash with another constant: two unrelated mixes of the same input.
        private const ulong FnvOffset = 14695981039346656037UL;
        private const ulong FnvPrime = 1099511628211UL;
        private const ulong Golden = 0x9E3779B97F4A7C15UL;

        private ulong _first;
        private ulong _second;
        private bool _started;

        public void Add(string text)
        {
            Add(text.Length);
            foreach (var c in text)
            {
                Mix(c);
            }
        }

        public void Add(int value)
        {
            Mix((uint)value & 0xFFFF);
            Mix((uint)value >> 16);
        }

        public readonly Fingerprint ToFingerprint() => _started ? new Fingerprint(_first, _second) : new Fingerprint(FnvOffset, Golden);

        private void Mix(uint value)
        {
            if (!_started)
            {
                _first = FnvOffset;
                _second = Golden;
                _started = true;
            }

            unchecked
            {
                _first = (_first ^ value) * FnvPrime;
                _second = RotateLeft((_second ^ value) * Golden, 29) + 0x632BE59BD9B4E019UL;
            }
        }

        private static ulong RotateLeft(ulong value, int count) => (value << count) | (value >> (64 - count));
    }
}

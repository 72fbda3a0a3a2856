using System.Buffers;

namespace Overlord.Agent.Hosting;

/// <summary>
/// A request body held in 64 KiB chunks rented from <see cref="ArrayPool{T}.Shared"/>: no large-object-heap buffer
/// that grows by doubling and stays with the process, and every chunk goes back to the pool on dispose.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _lastLength;

    public long Length { get; private set; }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, showing each piece to <paramref name="observe"/> as it arrives.
    /// False (and the rest left unread) once more than <paramref name="limit"/> bytes came.
    /// </summary>
    public async Task<bool> ReadAsync(Stream stream, long limit, Action<ReadOnlyMemory<byte>> observe, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_chunks.Count == 0 || _lastLength == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _lastLength = 0;
            }

            var chunk = _chunks[^1];
            var read = await stream.ReadAsync(chunk.AsMemory(_lastLength, ChunkSize - _lastLength), cancellationToken);
            if (read == 0)
            {
                return true;
            }

            if (Length + read > limit)
            {
                return false;
            }

            observe(chunk.AsMemory(_lastLength, read));
            _lastLength += read;
            Length += read;
        }
    }

    /// <summary>The bytes read so far, in place (valid until dispose).</summary>
    public ReadOnlySequence<byte> ToSequence()
    {
        if (_chunks.Count <= 1)
        {
            return _chunks.Count == 0 ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(_chunks[0], 0, _lastLength);
        }

        var first = new Segment(_chunks[0].AsMemory(0, ChunkSize), 0);
        var last = first;
        for (var index = 1; index < _chunks.Count; index++)
        {
            var length = index == _chunks.Count - 1 ? _lastLength : ChunkSize;
            last = last.Append(_chunks[index].AsMemory(0, length));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    public void Dispose()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}

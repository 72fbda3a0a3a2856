namespace Overlord.Client.Http;

/// <summary>What makes two retry pipelines different: the retry settings and the clock they wait on.</summary>
public readonly record struct ClientPipelineKey(RetryOptions Retry, TimeProvider TimeProvider);

namespace Overlord.Server.Integrations;

/// <summary>When the special labels run: after an up (records are written) or before a down (they are removed).</summary>
public enum LabelAction
{
    Create,
    Destroy,
}

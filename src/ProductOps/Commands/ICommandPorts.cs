namespace ProductOps.Commands;

/// <summary>A tracker provider that can check commenters and react to comments; null means not now (a dry run).</summary>
public interface ICommandPorts
{
    ICommandPort? CommandsFor(CommentEvent ev);
}

namespace ProductOps.Roadmap;

public enum RoadmapChangeKind { New, Moved, Left, Phase }

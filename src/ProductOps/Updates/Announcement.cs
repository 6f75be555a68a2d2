namespace ProductOps.Updates;

public sealed record Announcement(string Template, string Id, AnnouncementModel Model);

namespace ProductOps.Queues;

public enum MessageDisposition { Done, Failed, Deferred, SetAside }

namespace GovNet.NetCode.Dialects;

public abstract partial class Dialect
{
    /// <summary>
    /// The rule numbers one ACL may use on this vendor (VRP and Comware <c>rule N</c>, IOS sequence
    /// numbers): the compiler keeps a rule's number across changes and must know how far gaps may reach.
    /// A dialect that does not say gets 1–65534, which every supported vendor accepts.
    /// </summary>
    public virtual (long First, long Last) AclRuleNumbers => (1, 65_534);
}

package lifecycle

// Merging two records of one person: the record kept (keep) takes from
// the other what it lacks, and the other's history; see data.Book.Merge.

// MergeProfiles is keep with what it lacks taken from other: the company,
// owner, e-mail, phone, value, the name's parts, the salutation, the
// language and the postal address (whole, so that no address mixes two);
// other's tags join keep's, and other's e-mails and phones join keep's
// others where keep does not hold them (Normalize drops the repeats). A customer either record says not to contact
// is not contacted, and either's promoter is one. Keep's name, phase and
// history stay its own.
func MergeProfiles(keep, other Customer) Customer {
	out := keep
	out.Tags = NormalizeTags(append(append([]string{}, keep.Tags...), other.Tags...))
	out.OtherEmails = append(append(append([]string{}, keep.OtherEmails...), other.Email), other.OtherEmails...)
	out.OtherPhones = append(append(append([]string{}, keep.OtherPhones...), other.Phone), other.OtherPhones...)
	for _, f := range []struct{ to, from *string }{
		{&out.Company, &other.Company}, {&out.Owner, &other.Owner}, {&out.Email, &other.Email}, {&out.Phone, &other.Phone},
		{&out.GivenName, &other.GivenName}, {&out.FamilyName, &other.FamilyName},
		{&out.Salutation, &other.Salutation}, {&out.Language, &other.Language},
	} {
		if *f.to == "" {
			*f.to = *f.from
		}
	}
	if out.Value == 0 {
		out.Value = other.Value
	}
	if !keep.hasAddress() {
		out.Street, out.Postcode, out.City, out.Region, out.Country =
			other.Street, other.Postcode, other.City, other.Region, other.Country
	}
	out.DoNotContact = keep.DoNotContact || other.DoNotContact
	out.Promoter = keep.Promoter || other.Promoter
	return out
}

// hasAddress tells whether any part of the postal address is kept.
func (d Details) hasAddress() bool {
	return d.Street != "" || d.Postcode != "" || d.City != "" || d.Region != "" || d.Country != ""
}

// MergedPhase is the phase the kept record is in after a merge: its own,
// unless the other record is in a phase of the owning group and it is not.
// The other record's purchases make the person a customer who owns, which a
// buying or ended phase on the kept record would deny; otherwise the user
// chose the record to keep, and its phase with it. A phase the lifecycle
// no longer knows, or a hidden one, is never entered.
func MergedPhase(lc Lifecycle, keep, other string) string {
	k, errKeep := lc.Find(keep)
	o, errOther := lc.Enter(other)
	if errKeep != nil || errOther != nil || k.Group == Owning || o.Group != Owning {
		return keep
	}
	return o.Key
}

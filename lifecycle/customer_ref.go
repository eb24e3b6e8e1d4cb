package lifecycle

import (
	"strconv"
	"strings"
)

// MarkedID reads a reference marked as an id: #5 or id:5.
func MarkedID(ref string) (int64, bool) {
	if rest, ok := strings.CutPrefix(ref, "#"); ok {
		return BareID(rest)
	}
	if len(ref) > 3 && strings.EqualFold(ref[:3], "id:") {
		return BareID(ref[3:])
	}
	return 0, false
}

// BareID reads a reference that is a number alone, which names the
// customer with that id unless a customer has it for a name.
func BareID(ref string) (int64, bool) {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.Trim(ref, "0123456789") != "" {
		return 0, false
	}
	id, err := strconv.ParseInt(ref, 10, 64)
	return id, err == nil
}

package data

import "hash/maphash"

// keyFilter tells which keys were never added to it, in a room of at most
// 16 MiB whatever the number of keys: a Bloom filter. A key it has may not
// have been added, once in a few thousand times up to a million keys and
// more often beyond, so what it has is looked up where the keys are kept.
type keyFilter struct {
	seeds [keyKinds]maphash.Seed // one per kind of key
	bits  []uint64
	mask  uint32 // the number of bits less one, a power of two less one
}

// keyKind says what a key is, so that an e-mail and a name that read the
// same are different keys.
type keyKind int

const (
	idKey keyKind = iota
	emailKey
	nameKey
	otherEmailKey // one of a customer's other e-mails
	keyKinds      // how many kinds there are
)

const (
	filterProbes    = 4
	bitsPerCustomer = 48 // for the three keys of a customer
	leastBits       = 1 << 16
	mostBits        = 1 << 27 // 16 MiB
)

// newKeyFilter makes a filter for the keys of a number of customers,
// small for a small file, no more than mostBits for a large one.
func newKeyFilter(customers int) *keyFilter {
	bits := uint64(leastBits)
	for bits < mostBits && bits < uint64(customers)*bitsPerCustomer {
		bits <<= 1
	}
	f := &keyFilter{bits: make([]uint64, bits/64), mask: uint32(bits - 1)}
	for i := range f.seeds {
		f.seeds[i] = maphash.MakeSeed()
	}
	return f
}

// probes calls at with each bit of a key's hash h, from its two halves.
func (f *keyFilter) probes(h uint64, at func(bit uint32) bool) bool {
	a, b := uint32(h), uint32(h>>32)|1
	for i := range uint32(filterProbes) {
		if !at((a + i*b) & f.mask) {
			return false
		}
	}
	return true
}

func (f *keyFilter) add(kind keyKind, key string) { f.set(maphash.String(f.seeds[kind], key)) }

func (f *keyFilter) has(kind keyKind, key string) bool {
	return f.holds(maphash.String(f.seeds[kind], key))
}

func (f *keyFilter) addID(id int64) { f.set(maphash.Comparable(f.seeds[idKey], id)) }

func (f *keyFilter) hasID(id int64) bool { return f.holds(maphash.Comparable(f.seeds[idKey], id)) }

func (f *keyFilter) set(h uint64) {
	f.probes(h, func(bit uint32) bool {
		f.bits[bit/64] |= 1 << (bit % 64)
		return true
	})
}

func (f *keyFilter) holds(h uint64) bool {
	return f.probes(h, func(bit uint32) bool { return f.bits[bit/64]&(1<<(bit%64)) != 0 })
}

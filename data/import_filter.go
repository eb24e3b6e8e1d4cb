package data

import "hash/maphash"

// keyFilter tells which keys were never added to it, in a fixed room
// whatever the number of keys: a Bloom filter. A key it has may not have
// been added, once in a few hundred times at a million keys and more
// often beyond, so what it has is looked up where the keys are kept.
type keyFilter struct {
	seeds [3]maphash.Seed // one per kind of key
	bits  []uint64
}

// keyKind says what a key is, so that an e-mail and a name that read the
// same are different keys.
type keyKind int

const (
	idKey keyKind = iota
	emailKey
	nameKey
)

const (
	filterBits   = 1 << 27 // 16 MiB
	filterProbes = 4
)

func newKeyFilter() *keyFilter {
	return &keyFilter{seeds: [3]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed(), maphash.MakeSeed()}, bits: make([]uint64, filterBits/64)}
}

// probes calls at with each bit of a key's hash h, from its two halves.
func probes(h uint64, at func(bit uint32) bool) bool {
	a, b := uint32(h), uint32(h>>32)|1
	for i := range uint32(filterProbes) {
		if !at((a + i*b) % filterBits) {
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
	probes(h, func(bit uint32) bool {
		f.bits[bit/64] |= 1 << (bit % 64)
		return true
	})
}

func (f *keyFilter) holds(h uint64) bool {
	return probes(h, func(bit uint32) bool { return f.bits[bit/64]&(1<<(bit%64)) != 0 })
}

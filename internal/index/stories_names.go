package index

import (
	"encoding/binary"

	"storytui/internal/aggregate"
	"storytui/internal/binio"
)

// nameCache keeps what the summaries of the top stories asked the people
// table: the key each name resolves to, and what Lookup said of each key.
// It is saved with the top, and the next update's top takes from it every
// answer whose surname group no added or removed article names (what the
// table answers for a name depends on its group's articles only: see
// aggregate.Group): adding one article to 60k would otherwise resolve the
// names of the 200 largest stories again, about a fifth of a second.
type nameCache struct {
	keys   map[string]string       // name -> Resolve(name)
	people map[string]cachedPerson // key -> Lookup(key)
	// prev holds the answers of the last top still right; those used
	// are copied into keys and people, so the saved cache holds only
	// what the new top asked.
	prev *nameCache
	// reused counts the answers taken from prev (for tests).
	reused int
}

// cachedPerson is what Lookup answered.
type cachedPerson struct {
	name     string
	mentions int
	ok       bool
}

func newNameCache(prev *nameCache) *nameCache {
	return &nameCache{keys: map[string]string{}, people: map[string]cachedPerson{}, prev: prev}
}

// resolve is t.Resolve(name), from the cache when it holds the answer.
// A nil cache asks the table.
func (c *nameCache) resolve(t *aggregate.Table, name string) string {
	if c == nil {
		return t.Resolve(name)
	}
	if k, ok := c.keys[name]; ok {
		return k
	}
	k, ok := "", false
	if c.prev != nil {
		k, ok = c.prev.keys[name]
	}
	if ok {
		c.reused++
	} else {
		k = t.Resolve(name)
	}
	c.keys[name] = k
	return k
}

// lookup is t.Lookup(key)'s name and mentions, from the cache when it
// holds the answer.
func (c *nameCache) lookup(t *aggregate.Table, key string) cachedPerson {
	if c != nil {
		if p, ok := c.people[key]; ok {
			return p
		}
		if c.prev != nil {
			if p, ok := c.prev.people[key]; ok {
				c.people[key] = p
				c.reused++
				return p
			}
		}
	}
	p, ok := t.Lookup(key)
	cp := cachedPerson{name: p.Name, mentions: p.Mentions, ok: ok}
	if c != nil {
		c.people[key] = cp
	}
	return cp
}

// without is a copy of c less every answer about a name of the groups of
// changed; nil when c is nil.
func (c *nameCache) without(changed []string) *nameCache {
	if c == nil {
		return nil
	}
	groups := make(map[string]bool, len(changed))
	for _, n := range changed {
		groups[aggregate.Group(n)] = true
	}
	out := newNameCache(nil)
	for n, k := range c.keys {
		if !groups[aggregate.Group(n)] {
			out.keys[n] = k
		}
	}
	for k, p := range c.people {
		if !groups[aggregate.Group(k)] {
			out.people[k] = p
		}
	}
	return out
}

// appendNames encodes c's own answers (not prev's) after a top.
func appendNames(b []byte, c *nameCache) []byte {
	if c == nil {
		return binary.AppendUvarint(binary.AppendUvarint(b, 0), 0)
	}
	b = binary.AppendUvarint(b, uint64(len(c.keys)))
	for n, k := range c.keys {
		b = binio.AppendStr(binio.AppendStr(b, n), k)
	}
	b = binary.AppendUvarint(b, uint64(len(c.people)))
	for k, p := range c.people {
		b = binio.AppendStr(binio.AppendStr(b, k), p.name)
		ok := uint64(0)
		if p.ok {
			ok = 1
		}
		b = binary.AppendUvarint(binary.AppendUvarint(b, uint64(p.mentions)), ok)
	}
	return b
}

func readNames(r *binio.Reader) *nameCache {
	c := newNameCache(nil)
	for range r.Count() {
		n := r.Str()
		c.keys[n] = r.Str()
	}
	for range r.Count() {
		k := r.Str()
		p := cachedPerson{name: r.Str(), mentions: int(r.Uvarint())}
		p.ok = r.Uvarint() == 1
		c.people[k] = p
	}
	return c
}

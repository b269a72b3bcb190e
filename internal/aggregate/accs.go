package aggregate

import "iter"

// accs holds the acc of every counted key, by pool id. A slice, not a
// map: loading the table of 60k articles looks a key up for each of
// their records, and pool ids are dense.
type accs struct {
	by    []*acc // nil where a key is not counted
	n     int    // keys counted
	spare []acc  // allocated ahead, handed out by add
}

// get returns the acc of key k, or nil.
func (s *accs) get(k int32) *acc {
	if int(k) < len(s.by) {
		return s.by[k]
	}
	return nil
}

// add counts key k, which must not be counted yet, and returns its new
// acc. Accs come from blocks of a thousand: one allocation each was a
// tenth of loading a table.
func (s *accs) add(k int32) *acc {
	if int(k) >= len(s.by) {
		s.by = append(s.by, make([]*acc, int(k)+1-len(s.by))...)
	}
	if len(s.spare) == 0 {
		s.spare = make([]acc, 1024)
	}
	a := &s.spare[0]
	s.spare = s.spare[1:]
	s.by[k] = a
	s.n++
	return a
}

// put counts key k, which must not be counted yet, with the sums a.
func (s *accs) put(k int32, a *acc) {
	if int(k) >= len(s.by) {
		s.by = append(s.by, make([]*acc, int(k)+1-len(s.by))...)
	}
	s.by[k] = a
	s.n++
}

// del stops counting key k.
func (s *accs) del(k int32) {
	if s.get(k) != nil {
		s.by[k] = nil
		s.n--
	}
}

// keys yields every counted key, in pool order.
func (s *accs) keys() iter.Seq[int32] {
	return func(yield func(int32) bool) {
		for k, a := range s.by {
			if a != nil && !yield(int32(k)) {
				return
			}
		}
	}
}

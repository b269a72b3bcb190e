package corpus

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"
)

const (
	shingleWords  = 4  // words per shingle
	minWords      = 12 // shorter paragraphs may repeat word for word
	minFlatWords  = 30 // shorter paragraphs are never taken for a flat copy
	minSamples    = 2  // nor those with fewer sampled shingles to judge by
	coveredPct    = 60 // share of a paragraph's shingles found elsewhere to drop it
	restPct       = 20 // share found outside its largest coverer
	maxMissingPct = 3  // share of its words a flat copy may have of its own
	maxOwners     = 16 // a shingle in more paragraphs than this is ignored
)

// dropRepeats removes a paragraph whose content the rest of the document
// already holds: a scrape that kept the story once as one flat line and
// again in clean paragraphs (the long paragraph is largely made of two or
// more of the others: it goes, they stay), and a paragraph repeated word
// for word (the first copy stays). A paragraph that shares its words with
// just one other, such as a quote and the embedded tweet it comes from,
// stays: both may matter to a reader and to quote extraction.
func dropRepeats(paras []string) []string {
	if len(paras) < 2 {
		return paras
	}
	// A sampled pass finds the rare documents with repeats cheaply; only
	// those are judged again on every shingle.
	words := make([][]uint64, len(paras))
	sh := make([][]uint64, len(paras))
	for i, p := range paras {
		words[i] = wordHashes(p)
		sh[i] = shingles(words[i], true)
	}
	drop := repeated(words, sh, 1, 1, false)
	if !slices.Contains(drop, true) {
		return paras
	}
	for i := range paras {
		sh[i] = shingles(words[i], false)
	}
	drop = repeated(words, sh, 3, 2, true)
	out := paras[:0]
	for i, p := range paras {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// repeated marks the paragraphs to drop, examining the longest first so
// that a flat copy goes before the paragraphs that cover it are judged.
// A paragraph other than P covers P when it shares at least minShared of
// P's shingles; P goes when minCover paragraphs cover it and together
// hold most of it. (The sampled pre-check asks for less.)
func repeated(words, sh [][]uint64, minShared, minCover int, exact bool) []bool {
	drop := make([]bool, len(sh))
	// Word-for-word repeats: the later copy goes.
	seen := map[uint64]bool{}
	for i, w := range words {
		if len(w) < minWords {
			continue
		}
		h := uint64(14695981039346656037)
		for _, x := range w {
			h = (h ^ x) * 1099511628211
		}
		if seen[h] {
			drop[i] = true
		}
		seen[h] = true
	}
	// Shingles found in two or more paragraphs, with their paragraphs.
	// Finding them by sorting keeps the common no-repeat case free of maps.
	var all []uint64
	for _, s := range sh {
		all = append(all, s...)
	}
	slices.Sort(all)
	owners := map[uint64][]int{}
	for i := 1; i < len(all); i++ {
		if all[i] == all[i-1] {
			owners[all[i]] = nil
		}
	}
	for i, s := range sh {
		for _, x := range s {
			if o, ok := owners[x]; ok {
				owners[x] = append(o, i)
			}
		}
	}
	// A shingle held by many paragraphs is a stock phrase, not evidence of
	// a copy; left in, it makes the checks below quadratic in the number
	// of paragraphs (a 200 MB file of near-identical paragraphs never ends).
	for x, o := range owners {
		if len(o) > maxOwners {
			delete(owners, x)
		}
	}
	if len(owners) == 0 {
		return drop
	}
	order := make([]int, len(sh))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		la, lb := len(words[order[a]]), len(words[order[b]])
		if la != lb {
			return la > lb
		}
		return order[a] > order[b]
	})
	// shared counts, for the paragraph being judged, the shingles each
	// other paragraph holds; only the touched entries are visited and
	// reset, so one judgement costs its shingles, not all paragraphs.
	shared := make([]int, len(sh))
	var touched []int
	for _, i := range order {
		if drop[i] || len(words[i]) < minFlatWords || len(sh[i]) < minSamples {
			continue
		}
		for _, j := range touched {
			shared[j] = 0
		}
		touched = touched[:0]
		covered := 0
		for _, x := range sh[i] {
			hit := false
			for _, j := range owners[x] {
				if j != i && !drop[j] {
					if shared[j] == 0 {
						touched = append(touched, j)
					}
					shared[j]++
					hit = true
				}
			}
			if hit {
				covered++
			}
		}
		// top is the paragraph sharing the most, the first on a tie.
		coverers, top := 0, -1
		for _, j := range touched {
			n := shared[j]
			if n >= minShared {
				coverers++
			}
			if top < 0 || n > shared[top] || (n == shared[top] && j < top) {
				top = j
			}
		}
		if coverers < minCover || covered*100 < len(sh[i])*coveredPct {
			continue
		}
		// A flat copy is made of several paragraphs; a paragraph that
		// mostly repeats a single other one (a quote and the tweet it
		// comes from) is not. Ask for a fair part covered without the
		// largest coverer.
		rest := 0
		for _, x := range sh[i] {
			for _, j := range owners[x] {
				if j != i && j != top && !drop[j] {
					rest++
					break
				}
			}
		}
		if rest*100 < len(sh[i])*restPct {
			continue
		}
		// Finally, on the exact pass, nearly every word must be found
		// elsewhere: a quote that two tweets repeat still holds its own
		// "she tweeted on Saturday".
		if exact && !wordsCovered(words[i], i, owners, drop) {
			continue
		}
		drop[i] = true
	}
	return drop
}

// wordsCovered reports whether all but a few of paragraph i's words sit
// in a shingle that a kept paragraph other than i also holds.
func wordsCovered(words []uint64, i int, owners map[uint64][]int, drop []bool) bool {
	covered := make([]bool, len(words))
	for k := 0; k+shingleWords <= len(words); k++ {
		x := shingleHash(words[k : k+shingleWords])
		for _, j := range owners[x] {
			if j != i && !drop[j] {
				for m := k; m < k+shingleWords; m++ {
					covered[m] = true
				}
				break
			}
		}
	}
	missing := 0
	for _, c := range covered {
		if !c {
			missing++
		}
	}
	return missing*100 <= len(words)*maxMissingPct
}

// wordHashes hashes the words of a paragraph, lower-cased and stripped of
// punctuation so that spacing and quote styles do not matter.
func wordHashes(p string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	words := make([]uint64, 0, len(p)/5)
	var h uint64
	in := false
	for i := 0; i < len(p); {
		c := p[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			r = rune(asciiFold[c])
			if r == 0 {
				if in && (c == '\'' || c == '-') {
					continue // keep "Sessions'" and "then-candidate" as one word
				}
				if in {
					words = append(words, h)
					in = false
				}
				continue
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(p[i:])
			i += size
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				if in {
					words = append(words, h)
					in = false
				}
				continue
			}
			r = unicode.ToLower(r)
		}
		if !in {
			h = offset
			in = true
		}
		h = (h ^ uint64(r)) * prime
	}
	if in {
		words = append(words, h)
	}
	return words
}

// asciiFold maps ASCII letters and digits to lower case and everything
// else to 0.
var asciiFold = func() (t [128]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// shingles returns the distinct hashes of the overlapping runs of
// shingleWords words; a sample keeps one in four, chosen by value so that
// the same text always keeps the same ones.
func shingles(words []uint64, sample bool) []uint64 {
	if len(words) < shingleWords {
		return nil
	}
	n := len(words) - shingleWords + 1
	if sample {
		n = n/3 + 1
	}
	out := make([]uint64, 0, n)
	for i := 0; i+shingleWords <= len(words); i++ {
		s := shingleHash(words[i : i+shingleWords])
		if !sample || s&3 == 0 {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// shingleHash combines the hashes of a shingle's words. FNV leaves the low
// bits poorly mixed, so it ends with MurmurHash3's mixer: shingles are
// sampled on their low bits.
func shingleHash(words []uint64) uint64 {
	s := uint64(14695981039346656037)
	for _, w := range words {
		s = (s ^ w) * 1099511628211
	}
	s ^= s >> 33
	s *= 0xff51afd7ed558ccd
	s ^= s >> 33
	return s
}

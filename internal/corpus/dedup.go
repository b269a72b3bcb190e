package corpus

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	shingleWords = 4  // words per shingle
	minWords     = 12 // paragraphs shorter than this are never dropped
	minSamples   = 2  // nor those with fewer sampled shingles to judge by
	coveredPct   = 60 // share of a paragraph's shingles found elsewhere to drop it
)

// dropRepeats removes paragraphs whose content the rest of the document
// already holds: typically a scrape that kept the story once as one flat
// line and again in clean paragraphs. Paragraphs are examined longest
// first, so the flat copy goes and the clean paragraphs that cover it
// stay; of two equal copies the later one goes.
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
	if !anyRepeat(paras, sh) {
		return paras
	}
	for i := range paras {
		sh[i] = shingles(words[i], false)
	}
	drop := repeated(paras, sh)
	out := paras[:0]
	for i, p := range paras {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// anyRepeat reports whether the sampled shingles suggest a paragraph to
// drop.
func anyRepeat(paras []string, sh [][]uint64) bool {
	for _, d := range repeated(paras, sh) {
		if d {
			return true
		}
	}
	return false
}

// repeated marks the paragraphs whose shingles are mostly found in the
// paragraphs kept so far, examining the longest first.
func repeated(paras []string, sh [][]uint64) []bool {
	var all []uint64
	for _, s := range sh {
		all = append(all, s...)
	}
	// Only shingles that occur in two or more paragraphs matter; finding
	// them by sorting keeps the common no-repeat case free of maps.
	slices.Sort(all)
	counts := map[uint64]int32{}
	for i := 1; i < len(all); i++ {
		if all[i] == all[i-1] {
			counts[all[i]]++
		}
	}
	drop := make([]bool, len(paras))
	if len(counts) == 0 {
		return drop
	}
	for s := range counts {
		counts[s]++ // n-1 repeats counted above: make it n
	}
	order := make([]int, len(paras))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		la, lb := len(paras[order[a]]), len(paras[order[b]])
		if la != lb {
			return la > lb
		}
		return order[a] > order[b]
	})
	for _, i := range order {
		if len(sh[i]) < minSamples || wordCount(paras[i]) < minWords {
			continue
		}
		covered := 0
		for _, s := range sh[i] {
			if counts[s] > 1 {
				covered++
			}
		}
		if covered*100 >= len(sh[i])*coveredPct {
			drop[i] = true
			for _, s := range sh[i] {
				counts[s]--
			}
		}
	}
	return drop
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
		s := uint64(14695981039346656037)
		for _, w := range words[i : i+shingleWords] {
			s = (s ^ w) * 1099511628211
		}
		if !sample || s&3 == 0 {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// wordCount counts the space-separated words of a cleaned paragraph.
func wordCount(p string) int {
	return strings.Count(p, " ") + 1
}

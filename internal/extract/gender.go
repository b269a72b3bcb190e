package extract

import (
	"slices"
	"strings"
)

// personSex is 'm' or 'f' as a Mr./Ms. or the given name shows, 0 when
// neither does.
func personSex(p *person, lx *lexicon) byte {
	if p.honor != 0 {
		return p.honor
	}
	if g := lx.given[p.lows[0]]; len(p.lows) > 1 && (g == 'm' || g == 'f') {
		return g
	}
	return 0
}

// kinBefore reports whether a kinship noun ends right before token k
// ("son", "his wife", "first lady"): the name after it is a relative's.
func (an *analysis) kinBefore(k int) bool {
	if k == 0 {
		return false
	}
	t := &an.toks[k-1]
	if t.kind != tkWord {
		return false
	}
	if t.low == "lady" && k >= 2 && an.toks[k-2].low == "first" {
		return true
	}
	return !t.cap && kinWords[t.low]
}

// kinAfter reports whether an appositive after the name ending at token
// k calls the person someone's relative ("Ivanka Trump, the president's
// daughter,").
func (an *analysis) kinAfter(k int) bool {
	toks := an.toks
	if k >= len(toks) || toks[k].low != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.quote >= 0 || t.cap && !t.poss {
			return false
		}
		if kinWords[t.low] {
			return true
		}
	}
	return false
}

// kinWords name a relative.
var kinWords = set("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
	"nephew", "niece", "grandson", "granddaughter", "stepson", "stepdaughter", "widow", "widower",
	"cousin", "uncle", "aunt", "spouse", "ex-wife", "ex-husband", "son-in-law", "daughter-in-law",
	"father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "stepmother", "stepfather",
	"grandfather", "grandmother", "granddad", "sons", "daughters", "brothers", "sisters", "siblings")

// holds reports whether p has the role, named in full with it or given
// it by an earlier mention.
func (p *person) holds(role string) bool {
	return strings.EqualFold(p.role, role) || slices.ContainsFunc(p.titles, func(r string) bool { return sameRole(r, role) })
}

// sameRole reports whether two roles are one title ("President" and
// "President-elect" are).
func sameRole(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// pronounAfter returns 'm' or 'f' for the first he or she (him, his,
// her, ...) after the candidate cands[i], in its sentence and before the
// next name, or 0; outside quotes, or inside the candidate's own quote.
func (an *analysis) pronounAfter(c *candidate, cands []candidate, i int) byte {
	return an.firstPronounAfter(c, cands, i, heForms, sheForms)
}

// subjectPronounAfter is pronounAfter for he, she, himself and herself
// alone: a his or her after a name is often another's ("Clinton called
// his vote irresponsible").
func (an *analysis) subjectPronounAfter(c *candidate, cands []candidate, i int) byte {
	return an.firstPronounAfter(c, cands, i, heSubject, sheSubject)
}

func (an *analysis) firstPronounAfter(c *candidate, cands []candidate, i int, he, she map[string]bool) byte {
	limit := len(an.toks)
	if i+1 < len(cands) {
		limit = cands[i+1].tfirst
	}
	sent, q := an.toks[c.first].sent, an.toks[c.first].quote
	for k := c.end; k < limit && an.toks[k].sent == sent; k++ {
		if an.toks[k].quote != q {
			if q >= 0 {
				break // "As Gen. Kelly pointed out, ...," she said: hers
			}
			continue
		}
		switch w := an.toks[k].low; {
		case he[w]:
			return 'm'
		case she[w]:
			return 'f'
		}
	}
	return 0
}

// heForms and sheForms are the pronouns that vote a person's gender.
var (
	heForms  = set("he", "him", "his", "himself")
	sheForms = set("she", "her", "hers", "herself")
)

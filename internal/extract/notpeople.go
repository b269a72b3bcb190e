package extract

import (
	"slices"
	"strings"
)

// orgPrefix is the name of two or more words that opens the name of an
// organisation or a place a run holds, before its first organisation
// word ("Sandy Hook" of "Sandy Hook Elementary School"), lower case and
// joined by spaces; "" when there is none.
func orgPrefix(toks []token, a, b int) string {
	for k := a; k < b; k++ {
		if toks[k].kind == tkWord && orgWords[toks[k].low] {
			if k-a < 2 {
				return ""
			}
			var w []string
			for _, t := range toks[a:k] {
				if t.kind != tkWord || !t.cap || t.poss {
					return ""
				}
				w = append(w, t.low)
			}
			return strings.Join(w, " ")
		}
	}
	return ""
}

// placeBefore are the prepositions that put a place's name after them
// ("the victims at Sandy Hook").
var placeBefore = set("at", "in", "near", "inside", "outside", "into")

// placeMention reports whether candidate c reads as a place or a thing:
// after placeBefore, or as a modifier between "the" (or a possessive)
// and a lower-case word ("Friday's Sandy Hook massacre").
func placeMention(toks []token, c candidate) bool {
	if c.hasTitle || c.role != "" || c.first == 0 {
		return false
	}
	prev := &toks[c.first-1]
	if prev.kind == tkWord && placeBefore[prev.low] {
		return true
	}
	return c.end < len(toks) && toks[c.end].kind == tkWord && !toks[c.end].cap &&
		(prev.low == "the" || prev.poss)
}

// dropOrgNames leaves out the names an article also uses to open the
// name of a body or a place ("the shooting at Sandy Hook Elementary
// School ... the victims at Sandy Hook") when every mention of them
// reads as a place's (placeMention): a person a body is named for ("the
// Jack Ma Foundation ... Jack Ma, the billionaire") is named as one.
func dropOrgNames(toks []token, cands []candidate, orgNames map[string]bool) []candidate {
	if len(orgNames) == 0 {
		return cands
	}
	key := func(c candidate) string { // the words, lower-cased, space-separated
		k, words := "", 0
		for i := c.first; i < c.end; i++ {
			if toks[i].kind == tkWord {
				if words == 0 {
					k = toks[i].low
				} else {
					k += " " + toks[i].low
				}
				words++
			}
		}
		return k
	}
	person := map[string]bool{}
	for _, c := range cands {
		if !placeMention(toks, c) {
			person[key(c)] = true
		}
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		k := key(c)
		return orgNames[k] && !person[k]
	})
}

// photoWords name the picture a credit line is for.
var photoWords = set("photo", "photos", "photograph", "photographs", "image", "images", "picture", "illustration", "credit", "photography")

// photoCredit reports whether the run toks[a:b] is the photographer of a
// credit line: after "Photo:" or "Image by" and before a comma, a closing
// bracket, a slash or the end of its paragraph; or after a caption's bar
// before the paragraph's end, a comma, a slash, "and" or "for" and a
// capitalised word.
func (an *analysis) photoCredit(a, b int) bool {
	toks := an.toks
	if a >= 1 && toks[a-1].low == "|" && toks[a-1].para == toks[a].para {
		// a caption's credit after a bar: "... the world. | Paul Beaty for
		// Politico", "| Charlie Riedel, File/AP Photo", "| Jacob Turcotte
		// and Noah Robertson/Staff", "| M. Scott Mahaskey" ending the
		// paragraph
		if b >= len(toks) || toks[b].para != toks[a].para {
			return true
		}
		switch toks[b].low {
		case ",", "/", "and":
			return true
		case "for":
			return b+1 < len(toks) && toks[b+1].cap && toks[b+1].para == toks[a].para
		}
		return false
	}
	if a < 2 || toks[a-1].low != ":" && toks[a-1].low != "by" || !photoWords[toks[a-2].low] {
		return false
	}
	if b >= len(toks) || toks[b].para != toks[a].para {
		return true
	}
	switch toks[b].low {
	case ",", ")", "/", "]", "-", "—":
		return true
	}
	return false
}

// memberCards marks the pasted headlines of The Hill's member cards:
// from the word a surname is glued to ("Bernie SandersWarren to Sanders:
// ...") to the "MORE" that closes the card, in one paragraph. The names in
// those headlines are page furniture ("Bloomberg vows to ban flavored
// e-cigs if elected MORE").
func (an *analysis) memberCards() []bool {
	toks := an.toks
	var card []bool
	for k := range toks {
		if an.gluedPrefix(k) == "" {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+120 && toks[j].para == toks[k].para; j++ {
			if toks[j].upper && toks[j].low == "more" {
				if card == nil {
					card = make([]bool, len(toks))
				}
				for m := k + 1; m <= j; m++ {
					card[m] = true
				}
				break
			}
		}
	}
	if card == nil {
		card = make([]bool, len(toks))
	}
	return card
}

// cutMemberCard ends the run toks[a:b] after the surname that a glued
// word repeats. Pasted hover cards put a member's legal name, with any
// nickname in brackets, after the linked name and glue its surname to the
// next headline: "President Trump Donald John TrumpGOP senators balk",
// "Sen. Ted Cruz Rafael (Ted) Edward CruzWarren goes local". The legal
// name is no part of the name the article uses.
func (an *analysis) cutMemberCard(a, b int) int {
	toks := an.toks
	prefix := ""
	// the glued word may itself be kept out of the run
	// ("CollinsPro-impeachment" is a hyphenated compound)
	for k := a + 1; k <= b && k < len(toks) && prefix == ""; k++ {
		prefix = an.gluedPrefix(k)
	}
	if prefix == "" && b+3 < len(toks) && toks[b].low == "(" && toks[b+1].cap && toks[b+2].low == ")" {
		for k := b + 3; k < len(toks) && k < b+8 && toks[k].kind == tkWord && toks[k].cap && prefix == ""; k++ {
			prefix = an.gluedPrefix(k)
		}
	}
	if prefix == "" {
		return b
	}
	for j := a; j < b; j++ {
		if toks[j].low == prefix {
			return j + 1
		}
	}
	return b
}

// gluedPrefix returns the lower-cased word that toks[k] starts with when
// another capitalised word or a number is glued to it ("TrumpGOP",
// "CruzWarren", "McConnell2020"), or "" when no capital inside it follows
// lower-case letters beyond a surname prefix ("McConnell", "DeSantis").
func (an *analysis) gluedPrefix(k int) string {
	t := &an.toks[k]
	if t.kind != tkWord || !t.cap || t.upper {
		return ""
	}
	w := an.text[t.s:t.e]
	for i := 2; i < len(w); i++ {
		if w[i-1] < 'a' || w[i-1] > 'z' {
			continue
		}
		if w[i] >= '0' && w[i] <= '9' {
			return strings.ToLower(w[:i]) // "McConnell2020 Democrats push"
		}
		if w[i] < 'A' || w[i] > 'Z' {
			continue
		}
		if p := strings.ToLower(w[:i]); !camelPrefixes[p] {
			return p
		}
	}
	return ""
}

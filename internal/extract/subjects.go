package extract

import (
	"strings"
)

// subjectOf finds the subject of the clause toks[first:v]: its first
// person named outside quotes (not as a possessive modifier), or a
// leading he/she.
func (an *analysis) subjectOf(first, v int) source {
	toks := an.toks
	if v < len(toks) && toks[v].kind == tkQuote && toks[v].open {
		if src := an.verbBeforeQuote(first, v); !src.empty() {
			return src
		}
	}
	start := an.afterOpener(first, v)
	if src := an.relativeSubject(start, v); !src.empty() {
		return src
	}
	if d := an.subjectPhrase(first, v); !d.empty() {
		return d
	}
	if src := an.lastClauseSubject(start, v); !src.empty() {
		return src
	}
	for k := start; k < v; k++ {
		t := &toks[k]
		if t.quote >= 0 || t.kind == tkQuote {
			continue
		}
		if t.low == "he" || t.low == "she" {
			return source{person: -1, pronoun: t.low, first: k, end: k + 1}
		}
		if mi := an.midx[k]; mi >= 0 {
			m := an.mentions[mi]
			if toks[m.end-1].poss {
				k = m.end - 1
				continue
			}
			if an.objectAt(m.tfirst) && k > start {
				// "Preceded by Joe Arpaio, Trump launched": no subject
				k = m.end - 1
				continue
			}
			if an.appositiveOfObject(m, start) {
				// "wrote a letter to Columbia's president, Lee C. Bollinger,
				// calling": the name stands for an object, not the subject
				k = m.end - 1
				continue
			}
			if an.nameModifier(m) {
				// "after the Hall interview ended, Maher stated": a name
				// that modifies a noun is no subject
				k = m.end - 1
				continue
			}
			return source{person: m.person, first: m.tfirst, end: m.end}
		}
	}
	return an.capSubject(start, v)
}

// appositiveOfObject reports whether the mention m is an appositive
// between commas to a short noun phrase that a preposition governs after
// a verb ("sent a letter to the school's president, Ann Lee, asking"):
// it names that object, not the clause's subject. The preposition must
// lie in the clause (from start on), so an opening phrase ("In a letter
// to the editor, Smith wrote") is afterOpener's.
func (an *analysis) appositiveOfObject(m mention, start int) bool {
	toks := an.toks
	if m.tfirst-2 <= start || toks[m.tfirst-1].low != "," || m.end >= len(toks) || toks[m.end].low != "," {
		return false
	}
	for j := m.tfirst - 2; j > start && j >= m.tfirst-6; j-- {
		t := &toks[j]
		if t.kind != tkWord || t.quote >= 0 || an.midx[j] >= 0 && !t.poss {
			return false
		}
		if objectPreps[t.low] && j < m.tfirst-2 {
			for k := start; k < j; k++ {
				if w := &toks[k]; w.kind == tkWord && !w.cap && w.quote < 0 && (irregularPast[w.low] || strings.HasSuffix(w.low, "ed")) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// lastClauseSubject reads the person who opens the last clause of
// toks[first:v] that a comma and while/whereas/but/and join to the
// sentence, when a lower-case verb follows the name (past an appositive):
// in "X signed an order, while Y, the former mayor, proposed we "..."" the
// quote is Y's.
func (an *analysis) lastClauseSubject(first, v int) source {
	return an.lastClauseSubjectOf(first, v, false)
}

// lastClauseSubjectOf is lastClauseSubject; with ofPlace, a place after
// the name ("Rep. Ann Ruiz of New York") may stand before the verb.
func (an *analysis) lastClauseSubjectOf(first, v int, ofPlace bool) source {
	toks := an.toks
	none := source{person: -1}
	b := -1
	for k := v - 1; k > first+1; k-- {
		t := &toks[k]
		if t.kind == tkQuote || t.quote >= 0 {
			continue
		}
		// (the comma may sit inside a closing mark: `"...," but Y said`)
		if (clauseJoins[t.low] || t.low == "with") && (toks[k-1].low == "," || toks[k-1].low == ";" || dashes[toks[k-1].low] && t.low != "with" || toks[k-1].kind == tkQuote && !toks[k-1].open && k >= 2 && toks[k-2].low == ",") {
			b = k
			break
		}
	}
	if b < 0 || b+1 >= v {
		return none
	}
	own := false
	if b+3 < v && toks[b+1].low == "the" && an.midx[b+2] >= 0 && an.mentions[an.midx[b+2]].tfirst == b+2 {
		// "- but the Sanders campaign rejected the idea": the person's
		// own voice (personsOwn)
		if e := an.mentions[an.midx[b+2]].end; e < v && personsOwn[toks[e].low] && !toks[e-1].poss {
			b++
			own = true
		}
	}
	mi := an.midx[b+1]
	if mi < 0 || an.mentions[mi].tfirst != b+1 || toks[an.mentions[mi].end-1].poss {
		return none
	}
	m := an.mentions[mi]
	j := m.end
	if own {
		j++
	}
	if j < v && toks[j].low == "(" {
		// "Sen. Ron Johnson (R-Wis.) kept asking"
		for j < v && j < m.end+8 && toks[j].low != ")" {
			j++
		}
		j++
	}
	if ofPlace && j+1 < v && toks[j].low == "of" && toks[j+1].kind == tkWord && toks[j+1].cap && toks[j+1].quote < 0 && !an.namePlaceBefore(first, b) {
		// "and Rep. Ann Ruiz of New York, chair of the caucus, said": the
		// place a name's holder comes from
		j += 2
		for j < v && j < m.end+6 && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 {
			j++
		}
	}
	if j < v && toks[j].low == "," {
		// "Y, the former mayor, proposed"
		j++
		for j < v && j < m.end+12 && toks[j].low != "," && toks[j].kind != tkQuote {
			j++
		}
		if j >= v || toks[j].low != "," {
			return none
		}
		j++
	}
	if toks[b].low == "with" {
		// "..., with Lewandowski taking to Twitter to call Fields "...":
		// the name opens an absolute clause whose participle follows it
		if j >= v || toks[j].kind != tkWord || toks[j].cap || !strings.HasSuffix(toks[j].low, "ing") {
			return none
		}
		return source{person: m.person, first: m.tfirst, end: m.end}
	}
	for j < v && auxWords[toks[j].low] {
		j++
	}
	if j >= v || toks[j].kind != tkWord || toks[j].cap || toks[j].quote >= 0 || !verbLike(toks[j].low) {
		return none
	}
	return source{person: m.person, first: m.tfirst, end: m.end}
}

// namePlaceBefore reports whether a name in toks[first:b] is followed by
// "of" and a capitalised word: "Presidents Otto Perez Molina of
// Guatemala, Juan Orlando Hernandez of Honduras, and ..." is a list.
func (an *analysis) namePlaceBefore(first, b int) bool {
	for _, m := range an.mentions {
		if m.tfirst >= first && m.end+1 < b && an.toks[m.end].low == "of" && an.toks[m.end+1].cap {
			return true
		}
	}
	return false
}

// relativeSubject reads the person who opens a relative clause that runs
// from the last comma of toks[first:v] to v: in "the Stonewall Inn,
// which President Obama on Friday declared as the first monument
// dedicated "to tell ..."" the words are Obama's, not the sentence
// subject's. "in which" and "whom" open such a clause too.
func (an *analysis) relativeSubject(first, v int) source {
	toks := an.toks
	none := source{person: -1}
	k := v - 1
	for k > first && toks[k].low != "," {
		if toks[k].kind == tkQuote || toks[k].quote >= 0 || toks[k].kind == tkPunct {
			return none
		}
		k--
	}
	if k <= first || k+2 >= v {
		return none
	}
	j := k + 1
	if phrasePreps[toks[j].low] && toks[j+1].low == "which" {
		j++
	}
	if !relativeWords[toks[j].low] {
		return none
	}
	mi := an.midx[j+1]
	if mi < 0 || an.mentions[mi].tfirst != j+1 || toks[an.mentions[mi].end-1].poss {
		return none
	}
	m := an.mentions[mi]
	return source{person: m.person, first: m.tfirst, end: m.end}
}

// relativeWords open a relative clause whose subject follows them.
var relativeWords = set("which", "whom", "where")

// dashes set off a clause or phrase like a comma.
var dashes = set("-", "—", "–", "--")

// clauseJoins join a clause with its own subject to a sentence.
var clauseJoins = set("while", "whereas", "but", "and")

// nameModifier reports whether the mention m stands between an article
// and a lower-case noun ("the Hall interview", "a Ruiz aide"): it
// modifies the noun rather than naming a subject.
func (an *analysis) nameModifier(m mention) bool {
	toks := an.toks
	if m.tfirst < 1 || m.end >= len(toks) || isTitleTok(&toks[m.tfirst]) || toks[m.end-1].poss {
		return false
	}
	if a := toks[m.tfirst-1].low; a != "the" && a != "a" && a != "an" {
		return false
	}
	return plainNoun(&toks[m.end]) && !personsOwn[toks[m.end].low]
}

// personsOwn are nouns a name before them makes the person's own voice
// ("the Trump campaign said", "the Ruiz website promises"), as a person's
// document speaks for the person.
var personsOwn = set("campaign", "camp", "administration", "team", "staff", "website", "site", "ad", "ads",
	"organization", "foundation", "office", "spokesman", "spokeswoman", "aide", "aides", "adviser", "advisers")

// verbBeforeQuote reads a person named right before a verb, a comma or
// colon and the opening mark at toks[ot]: `Hillary Clinton cracked, "..."`,
// `Clinton, exasperated, famously responded: "..."`, `Hillary shot back,
// "..."`. Any verb will do there.
func (an *analysis) verbBeforeQuote(first, ot int) source {
	toks := an.toks
	none := source{person: -1}
	j := ot - 1
	if j <= first || toks[j].low != "," && toks[j].low != ":" {
		return none
	}
	j--
	if j > first && (toks[j].low == "back" || toks[j].low == "out" || toks[j].low == "up") {
		j--
	}
	w := &toks[j]
	if j <= first || w.kind != tkWord || w.cap || w.quote >= 0 || !(strings.HasSuffix(w.low, "ed") || irregularPast[w.low]) {
		return none
	}
	j--
	if j > first && strings.HasSuffix(toks[j].low, "ly") && !toks[j].cap {
		j--
	}
	if mi := an.midx[j]; mi >= 0 && an.mentions[mi].end == j+1 && !toks[j].poss {
		m := an.mentions[mi]
		return source{person: m.person, first: m.tfirst, end: m.end}
	}
	return none
}

// capSubject reads a capitalised phrase that opens the clause toks[k:v]
// and is followed by a lower-case verb, when no person is named there:
// an organisation or a name the people layer left out ("Judicial Watch
// stated", "Sanders compared himself").
func (an *analysis) capSubject(k, v int) source {
	toks := an.toks
	none := source{person: -1}
	// "At Sunday night's debate, Sanders compared"
	k = an.introSkip(k, v)
	if k < v && (clauseOpeners[toks[k].low] || introPreps[toks[k].low]) {
		return none
	}
	if k+1 < v && toks[k].low == "the" && toks[k+1].cap {
		k++ // "The Holocaust Memorial Museum ... issued"
	}
	h := k
	// an organisation word ends a name even where page furniture uses it
	// ("Judicial Watch stated", not "Watch: ...")
	for h < v && h < k+4 && toks[h].kind == tkWord && toks[h].cap && toks[h].quote < 0 && !toks[h].poss && (!capStopWords[toks[h].low] || h > k && orgWords[toks[h].low] || an.capInside(h, v)) {
		h++
	}
	name := h
	if name-k == 1 && !toks[k].upper && (loadLexicon().common[toks[k].low] || opensAsAdjective(&toks[k])) && !sourceNouns[toks[k].low] {
		// "Corporate lobbyists see", "Populist leaders thrive": an
		// adjective and its plural noun before the verb; else no source
		if n := name; n+1 < v && toks[n].kind == tkWord && !toks[n].cap && toks[n].quote < 0 && strings.HasSuffix(toks[n].low, "s") &&
			toks[n+1].kind == tkWord && !toks[n+1].cap && toks[n+1].quote < 0 && !descBackStop[toks[n+1].low] {
			return an.makeDescriptor(source{person: -1, first: k, end: n + 1})
		}
		return none
	}
	if h > k && h+1 < v && (toks[h].low == "in" || toks[h].low == "of" || toks[h].low == "at") && toks[h+1].cap && toks[h+1].kind == tkWord {
		// "The Holocaust Memorial Museum in Washington issued": a place or
		// a parent after the name; "of" is part of it ("The University
		// of Michigan proclaims")
		j := h + 1
		for j < v && j < h+4 && toks[j].kind == tkWord && toks[j].cap && toks[j].quote < 0 && !toks[j].poss {
			j++
		}
		if toks[h].low == "of" {
			name = j
		}
		h = j
	}
	if h > k && h < v && toks[h].low == "," {
		// "The RNC, in its daily media summary Monday, emailed": a
		// phrase between commas before the verb
		j := h + 1
		for j < v && j < h+12 && toks[j].low != "," && toks[j].kind != tkQuote && toks[j].quote < 0 {
			j++
		}
		if j+1 < v && toks[j].low == "," && j > h+1 && (introPreps[toks[h+1].low] || sentenceAdverbs[toks[h+1].low]) {
			h = j + 1
		}
	}
	if h == k || h >= v || toks[h].kind != tkWord || toks[h].cap || toks[h].quote >= 0 || descBackStop[toks[h].low] || auxWords[toks[h].low] && !strings.HasSuffix(toks[h].low, "s") {
		return none
	}
	if _, title := titleWords[toks[name-1].low]; title {
		return none
	}
	if w := toks[h].low; !strings.HasSuffix(w, "ed") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && !irregularPast[w] {
		if _, verb := speechVerbs[w]; !verb {
			return none // "Band member Flea": no verb after the capitals
		}
	}
	d := an.makeDescriptor(source{person: -1, first: k, end: name})
	if d.loose {
		return none
	}
	return d
}

// opensAsAdjective reports whether the capitalised word t ends as English
// adjectives and abstract nouns do ("Nonsensical", "Tumor-like",
// "Pragmatism"), which no organisation's one-word name does.
func opensAsAdjective(t *token) bool {
	if adjectiveShaped(t) {
		return true
	}
	for _, end := range []string{"ical", "ional", "-like", "ism"} {
		if strings.HasSuffix(t.low, end) && len(t.low) > len(end)+3 {
			return true
		}
	}
	return false
}

// capInside reports whether the capitalised common word at toks[h] opens
// or continues a longer name ("The New York Times"): a capitalised word
// that is not one follows it.
func (an *analysis) capInside(h, v int) bool {
	toks := an.toks
	return h+1 < v && toks[h+1].kind == tkWord && toks[h+1].cap && !capStopWords[toks[h+1].low] && toks[h+1].quote < 0
}

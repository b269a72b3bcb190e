package extract

// finishPeople drops people never mentioned and settles gender, party and
// affiliation.
func (an *analysis) finishPeople() {
	lx := loadLexicon()
	// pronoun votes: the first he/she after a mention, before any other name
	for mi, m := range an.mentions {
		if an.toks[m.first].quote >= 0 {
			continue
		}
		limit := len(an.toks)
		if mi+1 < len(an.mentions) {
			limit = an.mentions[mi+1].tfirst
		}
		sent := an.toks[m.first].sent
		if m.tfirst > 0 && an.toks[m.tfirst-1].low == "than" {
			// "she is tougher than Mayor Hall — and most of her party":
			// the pronoun is the compared subject's
			an.roleAround(m)
			continue
		}
		for k := m.end; k < limit && an.toks[k].sent <= sent+1; k++ {
			if an.toks[k].quote >= 0 {
				continue
			}
			if an.toks[k].sent > sent && an.objectAt(m.tfirst) && an.sents[sent].first != m.tfirst-1 {
				// "... the government of President Bashar al-Assad.
				// However, she said": a pronoun in the next sentence looks
				// back to a subject, not to a name after a preposition
				// (but "For President Obama, unity starts ... Last month,
				// he explained": a fronted topic)
				if heForms[an.toks[k].low] || sheForms[an.toks[k].low] {
					break
				}
				continue
			}
			switch an.toks[k].low {
			case "he", "him", "his", "himself":
				an.people[m.person].he++
			case "she", "her", "hers", "herself":
				an.people[m.person].she++
			default:
				continue
			}
			break
		}
		an.roleAround(m)
	}
	for _, p := range an.people {
		if len(p.lows) > 1 {
			if g := lx.given[p.lows[0]]; g == 'f' || g == 'm' {
				p.given = g
			}
		}
		switch {
		case p.honor != 0:
			p.gender = p.honor
		case p.he > p.she+1 || p.he > 0 && p.she == 0 && p.given != 'f':
			p.gender = 'm'
		case p.she > p.he+1 || p.she > 0 && p.he == 0 && p.given != 'm':
			p.gender = 'f'
		default:
			p.gender = p.given
		}
	}
}

// roleAround reads a party tag after a mention (", D-Minnesota,") and a
// role noun before it ("Kremlin spokesman Dmitri Peskov").
func (an *analysis) roleAround(m mention) {
	toks := an.toks
	p := an.people[m.person]
	if k := m.end; k+1 < len(toks) && (toks[k].low == "," || toks[k].low == "(") && isPartyTag(toks[k+1].low) {
		tag := an.text[toks[k+1].s:toks[k+1].e]
		switch tag[0] {
		case 'D', 'd':
			p.party = "Democrat"
		case 'R', 'r':
			p.party = "Republican"
		case 'I', 'i':
			p.party = "Independent"
		}
		p.state = tag[2:]
	}
	// the role noun must be in the name's sentence: "By Jenny Hill, BBC's
	// Berlin correspondent\n\nAngela Merkel did" gives Merkel no role
	if k := m.tfirst - 1; k > 0 && !toks[k].cap && toks[k].kind == tkWord && toks[k].sent == toks[m.tfirst].sent && toks[k].para == toks[m.tfirst].para {
		if r, ok := titleWords[toks[k].low]; ok && r != "" && r[0] >= 'a' && r[0] <= 'z' {
			if p.role == "" || p.role == r {
				p.role = r
				j := k
				for j > 0 && toks[j-1].kind == tkWord && toks[j-1].cap && toks[j-1].sent == toks[k].sent && !capStopWords[toks[j-1].low] {
					j--
					if toks[j].poss {
						break
					}
				}
				if j < k {
					aff := an.text[toks[j].s:toks[k-1].e]
					for _, m2 := range an.mentions {
						if m2.first >= j && m2.end <= k && m2.person != m.person {
							aff = an.people[m2.person].name()
						}
					}
					p.affil = aff
				}
			}
		}
	}
}

// placePreps before a bare capitalised word make it a place or an
// organisation rather than a person.
var placePreps = set("at", "in", "from", "into", "inside", "near", "across", "throughout", "outside")

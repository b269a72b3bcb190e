package extract

import (
	"strings"
)

// refineRole names two-word roles the single words would lose.
func refineRole(toks []token, a, b int, role string) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		sb.WriteString(toks[k].low)
		sb.WriteByte(' ')
	}
	p := sb.String()
	for _, r := range [][2]string{
		{"attorney general", "Attorney General"}, {"vice president", "Vice President"},
		{"prime minister", "Prime Minister"}, {"secretary of state", "Secretary of State"}, {"secretary general", "Secretary-General"},
		{"majority leader", "Majority Leader"}, {"minority leader", "Minority Leader"},
		{"press secretary", "Press Secretary"}, {"chief justice", "Chief Justice"},
		{"first lady", "First Lady"}, {"chief of staff", "Chief of Staff"},
		{"chief executive", "Chief Executive"}, {"chief financial officer", "Chief Financial Officer"},
		{"chief operating officer", "Chief Operating Officer"}, {"inspector general", "Inspector General"},
		{"surgeon general", "Surgeon General"}, {"solicitor general", "Solicitor General"},
		{"postmaster general", "Postmaster General"}, {"district attorney", "District Attorney"},
		{"u.s . attorney", "U.S. Attorney"}, {"u.s. attorney", "U.S. Attorney"},
		{"majority whip", "Majority Whip"}, {"minority whip", "Minority Whip"},
		{"national security adviser", "National Security Adviser"}, {"national security advisor", "National Security Adviser"},
	} {
		if i := strings.Index(p, r[0]); i >= 0 {
			return rankPrefix(p[:i], r[1])
		}
	}
	if role != "" {
		// the word before the last title word: "Vice Chairman", "Deputy
		// Director", "Assistant Secretary"
		for k := b - 1; k >= a; k-- {
			if titleWords[toks[k].low] == role {
				j := k - 1
				for j >= a && toks[j].kind != tkWord {
					j--
				}
				if j >= a {
					return rankPrefix(toks[j].low, role)
				}
				break
			}
		}
	}
	return role
}

// rankPrefixes rank a deputy or a second below the title they qualify.
var rankPrefixes = map[string]string{"deputy": "Deputy", "vice": "Vice", "assistant": "Assistant", "associate": "Associate",
	"lieutenant": "Lieutenant", "lt": "Lieutenant", "acting": "Acting", "principal": "Principal", "under": "Under",
	"maj": "Major", "major": "Major", "brig": "Brigadier", "brigadier": "Brigadier", "rear": "Rear", "staff": "Staff",
	"master": "Master"}

// rankPrefix puts the rank word that ends before (the title words before
// the role, lower-cased and space-separated) in front of role: "deputy
// attorney general" is a Deputy Attorney General, "lt. gov." a
// Lieutenant Governor.
func rankPrefix(before, role string) string {
	f := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == '.' })
	if len(f) == 0 || strings.HasPrefix(role, "Vice ") {
		return role
	}
	r, ok := rankPrefixes[strings.TrimSuffix(f[len(f)-1], ".")]
	if r == "Under" && !strings.HasPrefix(role, "Secretary") {
		return role // "Under President Obama, ..."
	}
	if ok && !strings.HasPrefix(role, r) {
		return r + " " + role
	}
	return role
}

// portfolios are the capitalised words that name what a title holder
// is in charge of, by the title they come before: "Defense Secretary",
// "Foreign Minister", "Special Counsel", "Executive Director", "Campaign
// Manager", "Police Commissioner". They are part of the role, not its
// owner (the owner, "FBI Director", was tried and left out: see README).
var portfolios = map[string]map[string]bool{
	"secretary": secretaryPortfolios, "minister": secretaryPortfolios,
	"counsel":      set("special", "independent", "general", "legal"),
	"director":     set("executive", "communications", "political", "policy", "budget", "campaign", "finance", "legislative", "managing", "program", "research", "intelligence"),
	"manager":      set("campaign"),
	"chairman":     set("campaign"),
	"chairwoman":   set("campaign"),
	"commissioner": set("police", "fire", "health", "insurance", "agriculture", "education", "labor"),
	// "Surgeon General Vivek Murthy" is no general
	"general": set("surgeon", "inspector", "solicitor", "prosecutor", "auditor", "comptroller", "postmaster", "procurator"),
}

var secretaryPortfolios = set("first", "defense", "defence", "treasury", "foreign", "finance", "commerce", "labor", "labour",
	"education", "energy", "agriculture", "interior", "transportation", "transport", "health", "trade", "economy",
	"home", "justice", "environment", "housing", "navy", "army", "immigration", "industry", "culture", "war",
	"communications", "information", "petroleum", "oil", "security", "services", "affairs", "force", "development")

// portfolioPairs are the two-word portfolios whose second word alone
// names none ("Homeland Security Secretary", "Veterans Affairs
// Secretary", "Air Force Secretary").
var portfolioPairs = set("homeland security", "national security", "human services", "veterans affairs", "foreign affairs",
	"home affairs", "economic affairs", "air force", "urban development", "national intelligence", "internal security")

// portfolioRole puts the portfolio written before the title into the
// person's role: "Defense Secretary Jim Mattis" is a Defense Secretary,
// "Deputy Campaign Manager Stephanie Cutter" a Deputy Campaign Manager,
// "Health and Human Services Secretary Alex Azar" one of Health and
// Human Services; a rank before the portfolio ranks the whole.
func (an *analysis) portfolioRole(m mention, p *person) {
	if m.role == "" || p.role != m.role {
		return
	}
	toks := an.toks
	k := -1
	for j := m.first - 1; j >= m.tfirst && j >= 0; j-- {
		if r, ok := titleWords[toks[j].low]; ok && r != "" && strings.EqualFold(r, m.role) && toks[j].cap {
			k = j
			break
		}
	}
	if k < 0 {
		return
	}
	// "U.S. Secretary of Education Arne Duncan", "Director of National
	// Intelligence John Ratcliffe": the title's of-phrase
	if e := titleOfEnd(toks, k+1); e > k+1 && e <= m.first && toks[k].low != "chief" {
		role := an.text[toks[k].s:toks[e-1].e]
		if !strings.EqualFold(role, "Secretary of State") {
			if r := k - 1; r >= m.tfirst && toks[r].kind == tkWord {
				if rk, ok := rankPrefixes[toks[r].low]; ok {
					role = rk + " " + role
				}
			}
			p.bareRole = p.role
			p.role = role
		}
		return
	}
	ps := portfolios[toks[k].low]
	j := k - 1
	// a capitalised common word the name run left out may still be the
	// portfolio right before it ("Surgeon General Vivek Murthy")
	if ps == nil || j < m.tfirst-1 || j < 0 || toks[j].kind != tkWord || !toks[j].cap || toks[j].poss || !ps[toks[j].low] || toks[j].sent != toks[k].sent {
		return
	}
	start := j
	if j > m.tfirst && toks[j-1].kind == tkWord && toks[j-1].cap && portfolioPairs[toks[j-1].low+" "+toks[j].low] {
		start = j - 1
		// "Health and Human Services", "Housing and Urban Development"
		if start-2 >= 0 && toks[start-1].low == "and" && toks[start-2].cap && (toks[start-2].low == "health" || toks[start-2].low == "housing") && toks[start-2].sent == toks[k].sent {
			start -= 2
		}
	} else if toks[j].low == "security" || toks[j].low == "services" || toks[j].low == "affairs" || toks[j].low == "force" || toks[j].low == "development" {
		return // only in a pair: "Border Security", "Financial Services Committee"
	}
	role := an.text[toks[start].s:toks[k].e]
	if r := start - 1; r >= m.tfirst && toks[r].kind == tkWord {
		if rk, ok := rankPrefixes[toks[r].low]; ok {
			role = rk + " " + role
		}
	}
	p.bareRole = p.role
	p.role = role
}

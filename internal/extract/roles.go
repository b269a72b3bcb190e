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

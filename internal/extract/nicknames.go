package extract

import "strings"

// formalGiven maps a common English short form of a given name to the
// formal names it stands for, so "Sid Blumenthal" and "Sidney Blumenthal"
// in one article are one person.
var formalGiven = map[string][]string{}

func init() {
	for _, line := range []string{
		"william: bill billy will willie",
		"robert: bob bobby rob robbie bert",
		"richard: dick rick ricky rich",
		"james: jim jimmy jamie",
		"john: jack johnny",
		"michael: mike mikey mick",
		"thomas: tom tommy",
		"joseph: joe joey",
		"charles: chuck charlie",
		"edward: ed eddie ted ned",
		"theodore: ted teddy theo",
		"daniel: dan danny",
		"david: dave davy",
		"steven: steve",
		"stephen: steve",
		"christopher: chris",
		"matthew: matt",
		"anthony: tony",
		"andrew: andy drew",
		"nicholas: nick nicky",
		"benjamin: ben benny",
		"samuel: sam sammy",
		"alexander: alex al",
		"albert: al bert",
		"alfred: al alf fred",
		"frederick: fred freddy freddie",
		"donald: don donnie",
		"ronald: ron ronnie",
		"timothy: tim timmy",
		"gregory: greg",
		"jeffrey: jeff",
		"jefferson: jeff",
		"geoffrey: jeff geoff",
		"kenneth: ken kenny",
		"lawrence: larry",
		"laurence: larry",
		"gerald: jerry gerry",
		"patrick: pat paddy",
		"peter: pete",
		"philip: phil",
		"phillip: phil",
		"raymond: ray",
		"douglas: doug",
		"eugene: gene",
		"leonard: len lenny",
		"louis: lou",
		"henry: hank harry",
		"harold: harry hal",
		"walter: walt wally",
		"sidney: sid",
		"mitchell: mitch",
		"zachary: zach zack",
		"jonathan: jon",
		"nathaniel: nate nat",
		"nathan: nate",
		"vincent: vince",
		"terence: terry",
		"terrence: terry",
		"francis: frank",
		"bernard: bernie",
		"rudolph: rudy",
		"randall: randy",
		"randolph: randy",
		"newton: newt",
		"abraham: abe",
		"jerome: jerry",
		"jerrold: jerry",
		"jacob: jake jack",
		"elizabeth: liz beth betsy betty eliza",
		"margaret: maggie peggy meg",
		"katherine: kate kathy katie kat",
		"catherine: kate cathy katie",
		"kathleen: kathy kate",
		"jennifer: jen jenny",
		"susan: sue susie",
		"patricia: pat patty trish",
		"deborah: deb debbie",
		"rebecca: becky",
		"barbara: barb",
		"christine: chris chrissy",
		"christina: chris tina",
		"victoria: vicky tori",
		"jacqueline: jackie",
		"abigail: abby",
		"samantha: sam",
		"alexandra: alex",
		"cynthia: cindy",
		"pamela: pam",
		"kimberly: kim",
		"judith: judy",
		"valerie: val",
		"gabrielle: gabby gabi",
		"stephanie: steph",
		"theresa: terry tess",
		"teresa: terry tess",
	} {
		formal, shorts, _ := strings.Cut(line, ": ")
		for _, s := range strings.Fields(shorts) {
			formalGiven[s] = append(formalGiven[s], formal)
		}
	}
}

// sameGiven reports whether two lower-case given names can name one
// person: equal, a short form and its formal name ("bill", "william"), or
// two short forms of one formal name ("bill", "billy").
func sameGiven(a, b string) bool {
	if a == b {
		return true
	}
	fa, fb := formalGiven[a], formalGiven[b]
	for _, f := range fa {
		if f == b {
			return true
		}
		for _, g := range fb {
			if f == g {
				return true
			}
		}
	}
	for _, f := range fb {
		if f == a {
			return true
		}
	}
	return false
}

// FormalGiven lists the formal given names a lower-case short form
// stands for ("jim": "james"); nil for any other word.
func FormalGiven(w string) []string { return formalGiven[w] }

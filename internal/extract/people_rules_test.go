package extract

import (
	"slices"
	"testing"
)

// TestPeopleFinding holds one short made-up case per rule that keeps
// non-people off the people list or gives a person the right role: the
// names that must be people (with their role, "" for none, when given)
// and the names that must not be, nor any person's alias.
// TestHyphenModifier: a hyphenated word ending in -ing or a plural in
// -ans modifies or names a group ("Bush-blasting", "African-Americans");
// a double surname does not.
func TestHyphenModifier(t *testing.T) {
	for w, want := range map[string]bool{"pro-zorbian": true, "anti-quellick": true, "english-only": true, "second-term": true, "a-list": true, "bush-blasting": true, "african-americans": true, "taiwan-born": true, "reed-veal": false, "ocasio-cortez": false, "al-assad": false, "gramm-deregulation": true, "do-right": true, "gandal-powers": false, "president-elect": false} {
		if got := hyphenModifier(w); got != want {
			t.Errorf("hyphenModifier(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPeopleFinding(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		want  []string
		not   []string
		roles map[string]string
	}{
		{"a lone given name before \"and\" and a full name takes its surname, but not a place, a title's surname or the last of a list",
			"The donors Carl and Nora Quellick gave $5 million. Sen. Ted Zorbin of Texas and Ida Marr spoke, as did President Hallworth and Anna Ruiz. Cher, Madonna and Ada Perkins sang.",
			[]string{"Carl Quellick", "Nora Quellick", "Ida Marr", "Anna Ruiz", "Ada Perkins"}, []string{"Texas Marr", "Hallworth Ruiz", "Madonna Perkins"}, nil},
		{"Ms. and a surname join the one person of that surname named before her whose given name the list gives to men when a she follows her name; a wife beside a he stays apart",
			"Dale Quarmby, a friend of the judge, said she did not remember the party. \"I have no memory of it,\" Ms. Quarmby said. Bill Hennard spoke at noon, and he left early. \"He was tired,\" Mrs. Hennard said.",
			[]string{"Dale Quarmby", "Bill Hennard", "Hennard"}, []string{"Quarmby"}, nil},
		{"a given name after a person noun and named, or after gave her name as, is a person",
			"Crowds filled the square. A woman who gave her name as Orla sold flags near the gate. Later a boy named Tobin ran past.",
			[]string{"Orla", "Tobin"}, nil, nil},
		{"a name that opens a school's name and reads as a place is no person",
			"The fire at Daisy Hollow Elementary School spread fast. Parents waited at Daisy Hollow for hours, and the Daisy Hollow principal, Anna Ruiz, said all were safe. The Ada Perkins Foundation paid for repairs; Ada Perkins visited in May.",
			[]string{"Anna Ruiz", "Ada Perkins"}, []string{"Daisy Hollow", "Daisy Hollow Elementary"}, nil},
		{"a common word before a hyphenated given name is the family name",
			"\"The wait is long,\" said Wee Ho-sang, a fisherman. Woo Min-ji, a nurse, agreed.",
			[]string{"Wee Ho-sang", "Woo Min-ji"}, []string{"Ho-sang", "Min-ji"}, nil},
		{"a surname written without its accents joins the person named in full",
			"The plan works, says András Quelláz, a fellow at the institute. \"It will hold,\" says Mr. Quellaz.",
			[]string{"András Quelláz"}, []string{"Quellaz"}, nil},
		{"a run ending in Park after a preposition of place and one ending in Plaza are places",
			"Volunteers met at Harlan Park and marched to Edith Quarles Plaza, where Kim Park spoke. \"We are here,\" said Kim Park.",
			[]string{"Kim Park"}, []string{"Harlan Park", "Edith Quarles Plaza", "Quarles Plaza"}, nil},
		{"New opening a state before a title stays in the title prefix",
			"New Jersey Gov. Anna Quarles met New Zealand Prime Minister Peter Hallworth in New York.",
			[]string{"Anna Quarles", "Peter Hallworth"}, []string{"Jersey Gov. Anna Quarles", "Zealand Prime Minister Peter Hallworth"}, nil},
		{"a title written in full before a period inside a quote ends the sentence, not a name's title",
			"\"I will ask him to call you with the Attorney General. Peter Hallworth knows the case,\" Anna Ruiz said.",
			[]string{"Peter Hallworth", "Anna Ruiz"}, []string{"Attorney General. Peter Hallworth"}, map[string]string{"Peter Hallworth": ""}},
		{"Mr. and a surname join the one titled person of that surname whose given name the list gives to women; an untitled wife stays apart",
			"Sen. Lindsey Hallworth of Ohio spoke first. \"We will vote,\" Mr. Hallworth said. Ann Quarles met reporters. \"He is tired,\" she said of Mr. Quarles, who stayed home.",
			[]string{"Lindsey Hallworth", "Ann Quarles", "Quarles"}, []string{"Hallworth"}, nil},
		{"a place opened by New is no part of a name after it",
			"Anna Ruiz met the New York Zorbs manager. \"We will win,\" the New York Zorbs said. Ruiz left.",
			[]string{"Anna Ruiz"}, []string{"York Zorbs", "Zorbs"}, nil},
		{"reporters credited at the end are people, whatever their given names",
			"Anna Ruiz spoke at the rally.\n\nAssociated Press writers Zebulor Tallqvist and Oradnu Vossenk in Washington contributed to this report.\n\nContributing: Ysbel Quarnik, Tobin County Gazette-Times",
			[]string{"Anna Ruiz", "Zebulor Tallqvist", "Oradnu Vossenk", "Ysbel Quarnik"}, []string{"Tobin County Gazette-Times", "County Gazette-Times"}, nil},
		{"a gallery's Hide Caption button is no part of the name before it",
			"Photos: Who spoke? Senator Anna Quarles Hide Caption 1 of 3 Photos: Who spoke? Mayor Peter Hallworth Hide Caption 2 of 3\n\nAnna Quarles spoke first.",
			[]string{"Anna Quarles", "Peter Hallworth"}, []string{"Anna Quarles Hide", "Peter Hallworth Hide"}, nil},
		{"a doctrine or a bedroom named after someone is no person",
			"Donors stayed in Dexter Bedroom, Anna Ruiz said. The Milton Doctrine speech and the Dexter Bedroom guests came.",
			[]string{"Anna Ruiz"}, []string{"Milton Doctrine", "Dexter Bedroom"}, nil},
		{"Mr. and a surname before a word for a relative is not the titled woman named in full",
			"The crowd was uneasy when the mayor attacked Representative Ann Quarles of Ohio, Mr. Quarles's widow.",
			[]string{"Ann Quarles", "Quarles"}, nil, nil},
		{"a given name and Day, Post or Church is a person when the name speaks or has a calling",
			"\"Rates will rise,\" said Quentin Day, a fund manager. Stores close on Dexter Day, and Grace Church was full.",
			[]string{"Quentin Day"}, []string{"Dexter Day", "Grace Church"}, nil},
		{"a word with a clitic is no name",
			"Anna Ruiz met the president. \"Thank you, Mr. President. I'll be brief,\" she said. \"I'll say it again.\" I'd say he agreed, Ruiz said.",
			[]string{"Anna Ruiz"}, []string{"I'll", "I'd", "I’ll"}, nil},
		{"one letter alone is no name",
			"Peter Hall (R) and Anna Ruiz (D) met. Mr P said the R. votes and P. Hall's votes counted. P said so. P. told them.",
			[]string{"Peter Hall", "Anna Ruiz"}, []string{"P", "R", "D", "P."}, nil},
		{"a lone word after a place or group word is only a known surname",
			"Anna Ruiz flew over the Korean Peninsula. Peninsula officials said she met the mayor of South Bend, which is growing. Republican Hall said no, and Peter Hall said so again.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Peninsula", "Bend"}, nil},
		{"one word after a capitalised word and of ends an institution's name",
			"The Court of Appeals said the rule was void. \"We disagree,\" said Anna Ruiz. The Board of Trustees said so, and the Friends of Hall met Peter Hall.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Appeals", "Trustees"}, nil},
		{"a place prefix and a given name open a place however long",
			"Anna Ruiz lived in San Luis Obispo then, and later near Santa Maria Elena.",
			[]string{"Anna Ruiz"}, []string{"Luis Obispo", "Maria Elena"}, nil},
		{"the Capitol, a patrol, an index, a lecture and a prize are no person's",
			"In the Capitol Hill complex, Peter Hill said U.S. Border Patrol agents came. \"No,\" Hill said. The Consumer Price Index rose, said Hill, who gave the Mark Stone Lecture and won the Anna Ruiz Prize.",
			[]string{"Peter Hill"}, []string{"Capitol Hill", "Border Patrol", "Price Index", "Mark Stone Lecture", "Anna Ruiz Prize"}, nil},
		{"a firm named for its founders and where a person works are no people",
			"\"Buy now,\" said Anna Ruiz, senior analyst at Peter J. Hallworth and Co Inc. Mark Stone, a vice president at Tobias Wrenfield, agreed, and so did Maria Lopez of Quentin Tool. Shares of Quincy R. Abernathy and Co rose. Anna Ruiz left Indian Zorbup Corporation and Hallworth Laboratories for Warner Brothers.",
			[]string{"Anna Ruiz", "Mark Stone", "Maria Lopez"}, []string{"Peter J. Hallworth", "Tobias Wrenfield", "Quentin Tool", "Quincy R. Abernathy", "Zorbup Corporation", "Hallworth Laboratories", "Warner Brothers"}, nil},
		{"a party glued after a name is no part of it",
			"\"They had access,\" said Rep. Anna Ruiz Florida Democrat. Registered Green Independent voters came.",
			[]string{"Anna Ruiz"}, []string{"Anna Ruiz Florida Democrat", "Green Independent"}, map[string]string{"Anna Ruiz": "Representative"}},
		{"a given name after an age is a person, not a word before a noun",
			"Anna Ruiz said the fire began at night. A neighbour carried out 11-month-old Omar, and the 45-year-old Tobin law graduate next door helped.",
			[]string{"Anna Ruiz", "Omar"}, []string{"Tobin"}, nil},
		{"a bare word with a possessive before a relative is a person, a family's plural is not",
			"Anna Ruiz toasted Quellick's widow at the dinner, and the Zorbans' daughter sang.",
			[]string{"Anna Ruiz", "Quellick"}, []string{"Zorbans", "Zorban"}, nil},
		{"one firm-like use among many of a bare word that earns he or she leaves it a person",
			"Quellick said he would run. Quellick told voters in Ohio he was ready, and critics said the Quellick phenomenon would fade. Quellick laughed at them. Later Quellick spoke for an hour, and Quellick left at nine.",
			[]string{"Quellick"}, nil, nil},
		{"a lone surname before a capitalised Administration is a person, a body's name is not",
			"Anna Ruiz sent the plan to the Quellick Administration, and the National Oceanic and Atmospheric Administration agreed.",
			[]string{"Anna Ruiz", "Quellick"}, []string{"Atmospheric", "Oceanic"}, nil},
		{"a bracketed pointer to another story inside a paragraph names no one",
			"Anna Ruiz said the vote would fail. ( Also on POLITICO: Peter Quellick: 'I am not Maria Lopez') Ruiz spoke for an hour. (WATCH: Tobias Wrenfield talks budget) She left at noon.",
			[]string{"Anna Ruiz"}, []string{"Peter Quellick", "Maria Lopez", "Tobias Wrenfield"}, nil},
		{"a doctrine in -ism, a hyphenated nationality and a dotted acronym are no one's name",
			"Anna Ruiz wrote about Quellickism. \"Quellickism is dead,\" she said, and Quellickism said nothing back. She was the first Haitian-American to win, and the F.E.C. said the F.E.C. would look. Haitian-American voters said Haitian-American leaders agreed.",
			[]string{"Anna Ruiz"}, []string{"Quellickism", "Haitian-American", "F.E.C."}, nil},
		{"a bare word also written in the plural, untitled, names a group",
			"Anna Ruiz met Quellite leaders. \"We will stay,\" Quellite said at the meeting. Quellites have lived here for decades, Ruiz said, and Quellite elders agreed.",
			[]string{"Anna Ruiz"}, []string{"Quellite"}, nil},
		{"a given name alone only ever a possessive before a capitalised word names a thing",
			"\"We will win,\" said Marla's List spokeswoman Anna Ruiz. The rules follow Tobias's Rules of Order, she said.",
			[]string{"Anna Ruiz"}, []string{"Marla", "Tobias"}, nil},
		{"a caption's credit label glued to a name is no part of it",
			"Talks went on.\n\nMaria Brandt Photographer: Mark Stone/Bloomberg\n\n\"We are close,\" said Anna Ruiz.",
			[]string{"Anna Ruiz", "Maria Brandt"}, []string{"Maria Brandt Photographer", "Photographer"}, nil},
		{"given names listed after a possessor and a plural word for relatives are people, a suffix kept; not before a shared surname",
			"Anna Ruiz came with her parents, Jean and Joseph, and Mark Stone brought his two sons, Tobias and Quentin Jr. His neighbours, Fred and Cindy Varga, stayed home.",
			[]string{"Anna Ruiz", "Mark Stone", "Jean", "Joseph", "Tobias", "Quentin Jr.", "Cindy Varga"}, []string{"Fred"}, nil},
		{"a name in apposition to a place or a body is no person; a clause's subject after it is no apposition",
			"Trucks came through Quellor, the border crossing controlled by Zorbia, and through Tarn Vessa, a fishing town where the road ends, said Anna Ruiz. Mark Stone, a retired school teacher, agreed, and so did Maria Brandt, an upstate New York GOP county chairman. For his son, Peter Hall, the agency has hired guards, and the Anna Ruiz Foundation, a small charity, paid them.",
			[]string{"Anna Ruiz", "Mark Stone", "Peter Hall", "Maria Brandt"}, []string{"Quellor", "Tarn Vessa", "Anna Ruiz Foundation"}, nil},
		{"a word before a comma and a US state is a place, and so is the state's abbreviation",
			"Anna Ruiz held a rally in Tampa, Fla., on Friday, and in Lakeland, Fla., where he said, \"Yes.\" Then in Ocala, Fla., he said no. In a Quinton, Michigan, church, Quinton said no, and Quinton left; he was tired.",
			[]string{"Anna Ruiz"}, []string{"Fla", "Quinton"}, nil},
		{"an air base and a group of voters are no person",
			"Anna Ruiz flew to Al Udeid Air Base, where Al Udeid Air Base staff met her. Among the Maria Difference Voters, most said no; the Maria Difference Voters backed her.",
			[]string{"Anna Ruiz"}, []string{"Al Udeid Air Base", "Maria Difference Voters"}, nil},
		{"a firm named for its trade and a place of Puerto or Costa are no people",
			"Anna Ruiz, the founder of the blog Quarles Sports, sued Peter Hall, Hallworth Strategies and Stone Media. Quarles Sports said no. Hallworth Strategies said yes. She flew to Puerto Rico, and Puerto Rico said so.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Quarles Sports", "Hallworth Strategies", "Stone Media", "Puerto Rico"}, nil},
		{"an age before a name is no part of it; Sierra before a given name opens a place",
			"Thirty-year-old Quarles, a journalist, spoke. Anna Quarles said so. She flew to Sierra Leone, and Sierra Leone said no.",
			[]string{"Anna Quarles"}, []string{"Thirty-year-old Quarles", "Sierra Leone"}, nil},
		{"San, Santa, Los, Las, Puerto and Fort open places whatever follows",
			"Anna Ruiz drove from Santa Quarlo to Los Hallworth. Santa Quarlo said no, and Los Hallworth said yes.",
			[]string{"Anna Ruiz"}, []string{"Santa Quarlo", "Los Hallworth"}, nil},
		{"the last word of a firm's name before Co or Inc names the firm",
			"Anna Ruiz said Engineering Quarlements Co formed a partnership. The unit will be run by Quarlements, Engineering Quarlements said.",
			[]string{"Anna Ruiz"}, []string{"Quarlements"}, nil},
		{"a share widget's buttons are no part of a name",
			"Anna Ruiz spoke. Facebook Twitter Pinterest Anna Ruiz shows a picture of her mother.",
			[]string{"Anna Ruiz"}, []string{"Facebook Twitter Pinterest Anna Ruiz"}, nil},
		{"a consortium, a publication and a blog are no people",
			"Quarltunnel, the Anglo-French tunnel consortium, said it would sell shares. Quarltunnel said so again. Anna Ruiz writes for Hallpando, a tech publication. Hallpando said no.",
			[]string{"Anna Ruiz"}, []string{"Quarltunnel", "Hallpando"}, nil},
		{"a syndrome is no person",
			"Mark Stone caught Stevens-Johnson Syndrome, and Stevens-Johnson Syndrome spread.",
			[]string{"Mark Stone"}, []string{"Stevens-Johnson Syndrome"}, nil},
		{"a compound of common words is no person",
			"Anna Ruiz spoke. Front-runners say the others should quit. Front-runners argued.",
			[]string{"Anna Ruiz"}, []string{"Front-runners"}, nil},
		{"a month after a given name is a surname",
			"Prime Minister Anna May spoke in May. \"We go,\" May said.",
			[]string{"Anna May"}, []string{"Anna"}, map[string]string{"Anna May": "Prime Minister"}},
		{"an Arabic article continues a name and its surname answers alone",
			"President Tarek al-Hamadi replied. \"No,\" Hamadi said.",
			[]string{"Tarek al-Hamadi"}, []string{"Tarek"}, map[string]string{"Tarek al-Hamadi": "President"}},
		{"towns and events named like people are places",
			"The Cedar Rapids council met after the Boston Marathon and the Sun Bowl, Anna Ruiz said. The Zorbup Industrial Average fell, Maria Lopez told Vanity Fair.",
			[]string{"Anna Ruiz"}, []string{"Cedar Rapids", "Boston Marathon", "Sun Bowl", "Zorbup Industrial Average", "Vanity Fair"}, nil},
		{"a relative named in an appositive is not the titled surname",
			"Anna Hall, the governor's daughter, toured the plant. Governor Hall praised the workers. \"They are great,\" Hall said.",
			[]string{"Anna Hall", "Hall"}, nil, map[string]string{"Anna Hall": "", "Hall": "Governor"}},
		{"a title abbreviation without its period ending a name is a surname",
			"Particles spread, according to Chandan Sen, director of the center. Ohio Gov said no.",
			[]string{"Chandan Sen"}, []string{"Chandan", "Ohio Gov"}, nil},
		{"a given name and surname after an organisation's words are a person",
			"Border Patrol Agent Peter Hall was hurt in 2010. The Zorbup County Registrar Helen Marsh agreed.",
			[]string{"Peter Hall", "Helen Marsh"}, nil, nil},
		{"a plural in -ists and a word with digits are no people",
			"Anna Ruiz and Peter Hall met. Globalists said no. Globalists said yes, and Globalists said maybe. Vexit2020 said no. Vexit2020 said yes, and Vexit2020 said maybe.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Globalists", "Vexit2020"}, nil},
		{"a company's legal form, a system, a stop and a parish end no person's name",
			"Anna Ruiz sold Quimby Vast Goed N.V. to Peter Hall Broadcasting System. Peter Hall met Maria Lopez at the Jefferson Davis Parish jail, near the Knox Truck Stop.",
			[]string{"Anna Ruiz", "Peter Hall", "Maria Lopez"}, []string{"Quimby Vast Goed N.V.", "Quimby Vast Goed", "Peter Hall Broadcasting System", "Jefferson Davis Parish", "Knox Truck Stop"}, nil},
		{"a chief executive is no officer",
			"Zorbup Chief Executive Officer Anna Ruiz spoke, and Chief Financial Officer Peter Hall agreed.",
			[]string{"Anna Ruiz", "Peter Hall"}, nil, map[string]string{"Anna Ruiz": "Chief Executive", "Peter Hall": "Chief Financial Officer"}},
		{"a pasted member card ends the name at the repeated surname",
			"Sen. Anna Ruiz Maria (Annie) Elena RuizGOP senators balk at the trial Warren goes local said no. President Hall Peter James HallGOP senators balk was there too.",
			[]string{"Anna Ruiz", "Hall"}, []string{"Anna Ruiz Maria", "Peter James HallGOP", "Hall Peter James HallGOP"}, map[string]string{"Anna Ruiz": "Senator", "Hall": "President"}},
		{"a titled surname is not a relative named in full",
			"First Lady Anna Hall visited the school. President Hall spoke later. The senator's son Peter Ruiz met reporters. Senator Ruiz said so.",
			[]string{"Anna Hall", "Hall", "Peter Ruiz", "Ruiz"}, nil,
			map[string]string{"Anna Hall": "First Lady", "Hall": "President", "Peter Ruiz": "", "Ruiz": "Senator"}},
		{"a titled surname is not a person of the other sex than its pronoun",
			"Maria Lopez met voters. President Lopez said he would win.",
			[]string{"Maria Lopez", "Lopez"}, nil, map[string]string{"Maria Lopez": "", "Lopez": "President"}},
		{"a titled surname two people share gives neither its role",
			"Peter Hall and Anna Hall spoke. Secretary Hall said so.",
			[]string{"Peter Hall", "Anna Hall"}, []string{"Hall"}, map[string]string{"Peter Hall": "", "Anna Hall": ""}},
		{"a titled surname goes to the person named in full with the title",
			"Vice President Peter Hall and his wife Anna Hall spoke. Vice President Hall said so.",
			[]string{"Peter Hall", "Anna Hall"}, []string{"Hall"}, map[string]string{"Peter Hall": "Vice President", "Anna Hall": ""}},
		{"a name ending in a word for a place, body or programme is no person",
			"Anna Ruiz spoke in the Rose Garden, the Washington Examiner said. Obamacare said nothing, and Islam said more. Obamacare is popular, he said. The Senate Judiciary said no.",
			[]string{"Anna Ruiz"}, []string{"Rose Garden", "Examiner", "Washington Examiner", "Obamacare", "Islam", "Judiciary"}, nil},
		{"a name told or asked something is no speaker",
			"Anna Ruiz told Zyxo about the plan. Peter Hall told Zyxo the same and asked Zyxo again.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Zyxo"}, nil},
		{"a role noun ending the paragraph before is not the name's",
			"By Peter Hall, the Times' Berlin correspondent\n\nAnna Ruiz did her best.",
			[]string{"Peter Hall", "Anna Ruiz"}, nil, map[string]string{"Anna Ruiz": ""}},
		{"a day or month that is no given name opens no name",
			"On Monday Peter Hall spoke. October Anna Ruiz said so, and Jan Brewer agreed.",
			[]string{"Peter Hall", "Anna Ruiz", "Jan Brewer"}, []string{"Monday Peter Hall", "October Anna Ruiz"}, nil},
		{"a name after the with no title is a thing or a group",
			"Anna Ruiz wrote for the Zorlac Free Beacon. The Zorlac Free Beacon, the Clintons and the Republican Peter Hall said so. The Anna Ruiz campaign agreed.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Zorlac Free Beacon", "Free Beacon", "Clintons"}, nil},
		{"a titled surname is not a Jr.",
			"Peter Hall Jr. spoke first. Later, Senator Hall's office said no.",
			[]string{"Peter Hall Jr.", "Hall"}, nil, map[string]string{"Peter Hall Jr.": "", "Hall": "Senator"}},
		{"a member card glued to a number",
			"Sen. Anna Ruiz Maria (Annie) Elena Ruiz2020 Democrats push for more said no.",
			[]string{"Anna Ruiz"}, []string{"Anna Ruiz Maria"}, map[string]string{"Anna Ruiz": "Senator"}},
		{"a name before a poll or a reporter is a pollster or an outlet",
			"Anna Ruiz cited a new Zorbup poll. Zorbup reporter Peter Hall said Zorbup found more. Zorbup said so.",
			[]string{"Anna Ruiz", "Peter Hall"}, []string{"Zorbup"}, nil},
		{"a name after an organisation noun, or heading an organisation appositive, is no person",
			"The energy firm Zorbex said it would appeal. Zorbex said so twice, and Zorbex said it again. Quindle Marrow, a data firm used by campaigns, said nothing. Quindle Marrow said so. Officials in the Pacific country of Velmara said Velmara would wait. \"No,\" Velmara said. Anna Ruiz, a founder of a group Brannock funded, said Brannock said so. The civic organization Mark Tulloch founded said Mark Tulloch said so.",
			[]string{"Anna Ruiz", "Brannock", "Mark Tulloch"}, []string{"Zorbex", "Quindle Marrow", "Velmara"}, nil},
		{"a name that opens a company's name or stands by a ticker names the company alone",
			"Zorbex Mining Corp said Qualm Copper Co would sell shares. Zorbex said so, and Zorbex added more. Qualm said it agreed. <Brask Vell Inc> said Brask Vell would bid; Brask Vell said so. Tremmo Rail <TRM.N> said Tremmo would wait, Tremmo said. Anna Ruiz, who chairs the Ruiz Group, said the Hallam Corporation agreed, Hallam said.",
			[]string{"Anna Ruiz", "Hallam"}, []string{"Zorbex", "Qualm", "Brask Vell", "Tremmo", "Tremmo Rail"}, nil},
		{"a lone word in a court case's name is the case",
			"The ruling in Brenner v. Tallow said the law stood. Anna Ruiz cited Tallow, and Tallow said nothing new; Brenner vs. Tallow was cited again. Mark Stone v. Quentin Oaks went the other way.",
			[]string{"Anna Ruiz", "Mark Stone", "Quentin Oaks"}, []string{"Tallow", "Brenner"}, nil},
		{"outlets, pollsters and firms named like people are no people",
			"Anna Ruiz told Politico the plan was dead. Politico said so, and Politico said it again. Gallup found more, Gallup said. A loan from Wells Fargo and a fee to Merrill Lynch paid for it, Mark Stone said.",
			[]string{"Anna Ruiz", "Mark Stone"}, []string{"Politico", "Gallup", "Wells Fargo", "Merrill Lynch"}, nil},
		{"a plural in -ans that no given name stems is a group",
			"Zorbanians said the vote was fair, and Zorbanians said so again; Zorbanians said it thrice. Erica Tallans agreed. \"Yes,\" Tallans said. Nigerians said so, Nigerians said it twice, and Nigerians said it thrice.",
			[]string{"Erica Tallans"}, []string{"Zorbanians", "Nigerians"}, nil},
		{"other middle initials name another person; a given name and an initial join the full name; two particles stay in a name",
			"Former President Peter H. Q. Hallam spoke, and so did his son, Governor Peter Q. Hallam. Peter Q. once ran the state. Commissioner Ursula von der Marck agreed.",
			[]string{"Peter H. Q. Hallam", "Peter Q. Hallam", "Ursula von der Marck"}, []string{"Peter Q.", "Ursula"}, nil},
		{"a lone word put after in or at twice, and in half its uses, is a place",
			"Anna Ruiz spoke in Tarnby on Sunday. The unrest in Tarnby is growing, she said. \"We are here,\" Tarnby's mayor said, and Tarnby said so. Mark Stone, who lives in Boston, said Stone was right.",
			[]string{"Anna Ruiz", "Mark Stone"}, []string{"Tarnby"}, nil},
		{"an age or a lower-case calling next to an unknown given name makes a person",
			"Farmers such as Tebbo Arrik, 59, lost crops. The protest drew 16-year-old Quon Varra and the former leader Mazrek Qelli, and the fund paid Velmor Tassik.",
			[]string{"Tebbo Arrik", "Quon Varra", "Mazrek Qelli"}, []string{"Velmor Tassik"}, nil},
		{"an appositive a lower-case title heads makes a person of an unknown given name",
			"The delegation met Zhong Tuoban, minister for foreign trade, and Obiola Ezekwe, former Nigerian education minister, on Monday.",
			[]string{"Zhong Tuoban", "Obiola Ezekwe"}, nil, nil},
		{"a name in a list after a given name and a surname is a person",
			"The hacked accounts included those of Peter Hallam, Varo Tessik, Quel Marran and a bank.",
			[]string{"Peter Hallam", "Varo Tessik"}, nil, nil},
		{"an acronym's or an outlet's possessive before an unknown given name is a reporter",
			"The officials told CNN's Varo Tessik on Friday that the cause was unknown, and Politico's Quel Marran agreed.",
			[]string{"Varo Tessik", "Quel Marran"}, nil, nil},
		{"a photo credit names no person of the article",
			"Anna Ruiz speaks in Boise on Monday. (Photo: Mark Stone, AP)\n\nThe plan failed, Ruiz said. (Reuters photo: Peter Hallam)\n\nFeatured Image by Quentin Marsh",
			[]string{"Anna Ruiz"}, []string{"Mark Stone", "Peter Hallam", "Quentin Marsh"}, nil},
		{"the pasted headlines of a member card are page furniture",
			"The plan was pushed by Sen. Anna Ruiz Anna Maria RuizHallam vows to ban vapes if elected Mark Stone: 'There is enough evidence' MORE (D-Ore.), who said it would pass.",
			[]string{"Anna Ruiz"}, []string{"Mark Stone", "Hallam"}, nil},
		{"palaces, hills, cafés, memos, syndicates, sports teams and widget words are no people",
			"Anna Ruiz left Quentin Palace for Marbury Hills, dined at Velmar Café and read the Hallam Memo. Former Joint Chiefs chairman Mark Stone agreed. Hide Caption 1 of 9. Hide said Listen · 4:33. Listen said so.",
			[]string{"Anna Ruiz", "Mark Stone"}, []string{"Quentin Palace", "Marbury Hills", "Velmar Café", "Hallam Memo", "Joint Chiefs", "Hide", "Listen"}, nil},
		{"a given name and a surname that is also a place or body word are a person",
			"Rapper Kanye West met the mayor, and pollster Celinda Lake said turnout would rise. Spirit Lake voters agreed, and the West Bank stayed calm.",
			[]string{"Kanye West", "Celinda Lake"}, []string{"Spirit Lake", "West Bank"}, nil},
		{"a unisex given name before a place or body word is a person when the name speaks; Tower is such a word",
			"\"It is fast,\" explained Dr Robin Fox, the project scientist. \"We are done,\" said Peter Tower, the board chairman. Crowds met at Hallam Tower and Velmar Tower.",
			[]string{"Robin Fox", "Peter Tower"}, []string{"Hallam Tower", "Velmar Tower"}, nil},
		{"a headline's verb glued to a known person's name is no part of it",
			"Speaking Freely, Retiring Sen. Hallam Warns GOP He Could Oppose Plan\n\nSen. Peter Hallam said on Monday the debt was too high. \"We must act,\" Hallam said.\n\nAnna Ruiz Responds\n\nAnna Ruiz said she would wait.",
			[]string{"Peter Hallam", "Anna Ruiz"}, []string{"Hallam Warns", "Anna Ruiz Responds"}, nil},
		{"a word written only before one weekday names the day",
			"Peter Hallam won Zorp Tuesday, and he said so. Before Zorp Tuesday he was behind. On Zorp Tuesday he gained. The stakes of Zorp Tuesday rose. Anna Ruiz said Ruiz Tuesday would concede, and Ruiz said so.",
			[]string{"Anna Ruiz", "Peter Hallam"}, []string{"Zorp"}, nil},
		{"institutions, rooms and storms are no people",
			"Anna Ruiz of the Quentin Institution met in the Hallam Room as Hurricane Zelda neared. Zelda killed 40 people, and Zelda said nothing. \"It was bad,\" Zelda said.",
			[]string{"Anna Ruiz"}, []string{"Quentin Institution", "Hallam Room", "Hurricane Zelda", "Zelda"}, nil},
		{"a long run ending in a given name and a surname after a word that is no given name is that name",
			"Those arrested included St. Quell Alderman Antonio Varga, and Oregon Democrat Andrew Tessik said Tessik would object.",
			[]string{"Antonio Varga", "Andrew Tessik"}, nil, nil},
		{"a name right before a lower-case word for a firm names the firm",
			"\"He is innocent,\" said Anna Ruiz of Quentin Marrow law firm. Quentin Marrow said so, and Quentin Marrow said it again. A Zorbex company spokesman agreed, Zorbex said, and Zorbex said so.",
			[]string{"Anna Ruiz"}, []string{"Quentin Marrow", "Zorbex"}, nil},
		{"partners' names joined by and before a firm's tail name the firm",
			"Quellby and Marsh Publishers Inc said it got an offer. Quellby said it would consider it, and Quellby said it may refuse. J.R. Tobsworth and Co Inc led the bid, and bookrunner Tobsworth said so. Carl Wrenn said Wrenn and Zorbex Inc had talked, Wrenn said.",
			[]string{"Carl Wrenn"}, []string{"Quellby", "Tobsworth"}, nil},
		{"a bare word used as a firm's name, never with a he or she, is the firm",
			"Zorbex said its board approved the sale. Zorbex said the deal would close in May. Quellby's said it may cut the rating, and Quellby's noted the debt. Tobrin said its plan had failed, and he left. Tobrin said so.",
			[]string{"Tobrin"}, []string{"Zorbex", "Quellby"}, nil},
		{"countries and capitals of world news are no people, even those the given-names list holds",
			"Tanzania seeks to export maize. Tanzania expects a surplus. Paul Quellby said Tanzania has little storage, he added. Officials in Kampala said Kampala would buy, and Kampala said it was glad.",
			[]string{"Paul Quellby"}, []string{"Tanzania", "Kampala"}, nil},
		{"a firm's name past the place it is based in and a region in brackets",
			"The notes were arranged by London-based Quellby Brothers International Ltd. Quellby said the coupon was fixed, Quellby said. Tobwick Securities (Asia) Ltd led the issue, Tobwick said, and Tobwick said it was sold.",
			nil, []string{"Quellby", "Tobwick"}, nil},
		{"a short name in brackets after an organisation's name, and a bank's first word, name it",
			"Figures came from the Quellian Copper Commission (Quelco). Quelco said output rose, Quelco said. Tobrith Bank of Canada raised its rate, and Tobrith said the move was due.",
			nil, []string{"Quelco", "Tobrith"}, nil},
		{"a firm named by a trade word names it by its first word too",
			"Shares in Quellco Airlines fell after the firm warned of losses. Quellco said wage cuts were needed, Quellco said. Marta Voss of Marta Voss Associates said no.",
			[]string{"Marta Voss"}, []string{"Quellco"}, nil},
		{"a lone word after a firm noun or giant before a modal is the firm, unless a given name opens it",
			"Australian airline Quantair could cut 700 jobs. Quantair said the cuts were needed, Quantair said. Oil giant Zorvex has won the case, Zorvex said, and Zorvex said so. Anna Tobrin said the group Tobrin founded would win, Tobrin said.",
			[]string{"Anna Tobrin"}, []string{"Quantair", "Zorvex"}, nil},
		{"two bare words joined by and, twice, that no given name opens are a firm's partners",
			"Quorn and Belwick lowered the rating. Quorn and Belwick said the debt rose, Quorn and Belwick said. Anna Tobrin and Mark Vessel wrote the study. Tobrin and Vessel said it was hard, and Tobrin and Vessel said so.",
			[]string{"Anna Tobrin", "Mark Vessel"}, []string{"Quorn", "Belwick"}, nil},
		{"a bare word that said a figure of its own is a firm",
			"Zorbeon said a 10 pct rise in its first quarter net came from defense sales.",
			nil, []string{"Zorbeon"}, nil},
		{"a headline's verb and its words after a known name are no part of it",
			"Anna Quarles Admits Defeat\n\nAnna Quarles conceded on Tuesday. \"We lost,\" Quarles said.",
			[]string{"Anna Quarles"}, []string{"Anna Quarles Admits Defeat"}, nil},
		{"an appositive headed by a title written with vice- or co- makes a person of an unlisted name",
			"Zhou Quan-Ling, vice-chairman of the planning council, said tariffs would fall. Oyelaran Tobi, co-chair of the panel, agreed.",
			[]string{"Zhou Quan-Ling", "Oyelaran Tobi"}, nil, nil},
		{"a preserve, a refuge, a sanctuary, a cemetery or a speedway named after someone is no person",
			"Anna Quarles hiked the Peter S. Hallworth Preserve and visited Mary Tobin Cemetery and the Ada Vossen Speedway.",
			[]string{"Anna Quarles"}, []string{"Peter S. Hallworth Preserve", "Mary Tobin Cemetery", "Ada Vossen Speedway"}, nil},
		{"a place's possessive glued to a known name is no part of it",
			"Peter Tobin spoke. A sign urged Quarles to drop out of the race to give Tobin Florida's 99 delegates.",
			[]string{"Peter Tobin"}, []string{"Tobin Florida"}, nil},
		{"a name after a caption's bar is a photo credit",
			"Anna Quarles greets voters in Ohio. | Peter Hallworth for Zorbnews\n\nQuarles spoke. The rally drew crowds. | Mark Tobin, File/AP Photo\n\nVoters cheered. | Ada Vossen\n\nIt rained.",
			[]string{"Anna Quarles"}, []string{"Peter Hallworth", "Mark Tobin", "Ada Vossen"}, nil},
		{"a demonym of world news is no person and no part of a name",
			"He said Philippine copra cake and Senegalese peanuts sold well. Bolivian singer Zamora Quillaq performed.",
			[]string{"Zamora Quillaq"}, []string{"Philippine", "Senegalese", "Bolivian", "Bolivian Zamora Quillaq"}, nil},
		{"a given name after St. names a place or a body; a title and a name after it still make a person",
			"Fans of the St. Tobias Zorbers filled St. Agnes Hospital. St. Tobias County Prosecutor Anna Quarles spoke, and so did Sen. Peter Hallworth, D-St. Tobias.",
			[]string{"Anna Quarles", "Peter Hallworth"}, []string{"Tobias Zorbers", "Tobias", "Agnes Hospital", "Agnes"}, nil},
		{"a given name of US public life the birth records lack opens a name without a cue",
			"Unions did not warm to the Republican alternative, Mitt Quarlesby. Donors liked Reince Tobwell and Megyn Halvers.",
			[]string{"Mitt Quarlesby", "Reince Tobwell", "Megyn Halvers"}, nil, nil},
		{"a name that fills a quotation by itself each time is a work's title",
			"Anna Ruiz said the studio's film \"Rosa Danger\" did well. She said \"Rosa Danger\" would go on tour. Voters wrote in \"Peter Hallam\" too.",
			[]string{"Anna Ruiz", "Peter Hallam"}, []string{"Rosa Danger"}, nil},
		{"brokers and bodies of wire news named like people are no people",
			"\"Sales rose,\" said David Quell at Drexel Burnham Lambert. Planned Parenthood said it would sue.",
			[]string{"David Quell"}, []string{"Drexel Burnham Lambert", "Planned Parenthood"}, nil},
		{"a surname that modifies an office or a circle is a person's",
			"Officials said the Hollister administration had warned the mill twice. Two Dunmore aides resigned. Pro-Quarle loyalists and a Zorbex-dominated administration stayed.",
			[]string{"Hollister", "Dunmore"}, []string{"Pro-Quarle", "Zorbex-dominated"}, nil},
		{"common words alone after a title are a headline's, not a name",
			"Oregon Governor Backs Sweeping Water Rules\n\nGov. Anna Ruiz signed the water rules on Monday.",
			[]string{"Anna Ruiz"}, []string{"Backs Sweeping Water", "Backs Sweeping Water Rules"}, nil},
		{"a name in apposition after a lower-case calling or title is a person's",
			"The region's senior lawmaker, Zorvan Quellick, said the dam would hold.",
			[]string{"Zorvan Quellick"}, nil, nil},
		{"a two-word possessive before a word of a person's circle is a person's name",
			"Kelvar Dunsmoor's 2014 campaign hired Anna Ruiz. She praised Zorbex Mobil's oil output and Uncle Zeb's tab.",
			[]string{"Kelvar Dunsmoor", "Anna Ruiz"}, []string{"Zorbex Mobil", "Uncle Zeb"}, nil},
		{"a capitalised compound with a modifier's prefix or tail is no name",
			"Pro-Zorbian rebels shelled the town. Second-term Quellick spoke; Anna Ruiz backed English-only rules.",
			[]string{"Anna Ruiz"}, []string{"Pro-Zorbian", "Second-term Quellick", "English-only"}, nil},
		{"a word before of and a law's or a body's name heads that name",
			"Anna Ruiz filed three Liberty of Records Act requests. The paper obtained it through Liberty of Records Act requests, and Liberty of Records Act rules say he must answer.",
			[]string{"Anna Ruiz"}, []string{"Liberty"}, nil},
		{"a firm named like a person stays a firm after a title no person alone holds",
			"Former Morgan Stanley chief economist Anna Ruiz said rates would rise.",
			[]string{"Anna Ruiz"}, []string{"Morgan Stanley"}, nil},
		{"a given name, a middle name or initial and a place or body word are a person",
			"\"It will pass,\" said Laura Anne West, a pollster. Mark T. North disagreed.",
			[]string{"Laura Anne West", "Mark T. North"}, nil, nil},
		{"a place prefix and a given name after a stripped place open a place",
			"Anna Ruiz studied at the University of Oregon Santa Maria campus, where Ruiz said she met him.",
			[]string{"Anna Ruiz"}, []string{"Santa Maria", "Oregon Santa Maria"}, nil},
		{"a lone word before a player's role or opening a sentence with a plural verb is a club",
			"Kendall have sacked striker Marco Vellani. \"It hurts,\" said Kendall boss Anna Ruiz. Fans said Kendall had no choice, and Kendall said so in a statement.",
			[]string{"Marco Vellani", "Anna Ruiz"}, []string{"Kendall"}, nil},
		{"a lone word before an academic's role and name is a school",
			"\"Growth will slow,\" wrote Quenby professor Anna Ruiz in a blog post.",
			[]string{"Anna Ruiz"}, []string{"Quenby"}, nil},
		{"a given name and common words alone, three words at least, are a headline's or a firm's",
			"Hidden Memo Reveals Zorbex Plans\n\nAnna Ruiz, who runs Harper Funeral Homes, said the plan was old. Hidden Memo Reveals was the headline.",
			[]string{"Anna Ruiz"}, []string{"Hidden Memo Reveals", "Harper Funeral Homes"}, nil},
		{"a programme's edition, a protection agency and resources end no person's name",
			"The commissioner of Customs and Zorbian Protection said the system was full. \"It is,\" Anna Ruiz said on Weekend Edition Sunday, and Quell Natural Resources said so.",
			[]string{"Anna Ruiz"}, []string{"Protection", "Zorbian Protection", "Edition", "Weekend Edition", "Quell Natural Resources"}, nil},
		{"an initial and a state's abbreviation are a state",
			"The mill in Quarry Hill, W. Va., closed. W. Va. officials said he left, and W. Va. voters agreed with Anna Ruiz.",
			[]string{"Anna Ruiz"}, []string{"W. Va", "W. Va."}, nil},
		{"Miss before common, place or nationality words alone names a pageant",
			"Anna Ruiz ran the Miss World Pageant and the Miss Teen Canada contest; Miss Teen won a car, and Miss Havisham said so.",
			[]string{"Anna Ruiz", "Havisham"}, []string{"Teen", "World Pageant", "Teen Canada"}, nil},
		{"a storm's name, a party's short plural, a boulevard and a firm's trade word are no people",
			"After Superstorm Zelda hit, the Zelda bill passed. The Lib Dems and the Ohio Dems objected. Protesters walked down Q.R. Hallam Blvd. in the rain. Marcus Foods and Quill Analytics said they would help, said Anna Ruiz.",
			[]string{"Anna Ruiz"}, []string{"Superstorm Zelda", "Zelda", "Lib Dems", "Ohio Dems", "Dems", "Q.R. Hallam Blvd", "Marcus Foods", "Quill Analytics"}, nil},
		{"an adverb made from a common adjective opening a sentence is no name",
			"Anna Ruiz voted no. Curiously, the board agreed. Alternatively, a parent may appeal. Blake Lively came, and Lively said so.",
			[]string{"Anna Ruiz", "Blake Lively"}, []string{"Curiously", "Alternatively"}, nil},
		{"a vehicle maker's name before a model is a product, a maker that is a given name only after a determiner",
			"Anna Ruiz drove a Ford Zephyrion to work, and Ford Zephyrion sales rose. Her Chevrolet Quasar broke down. Ford Hallam, a strategist, said the Ford Hallam plan was sound.",
			[]string{"Anna Ruiz", "Ford Hallam"}, []string{"Ford Zephyrion", "Chevrolet Quasar"}, nil},
		{"a lone word before a firm's role is a firm",
			"\"We will grow,\" said Zorvex. Zorvex CEO Anna Ruiz spoke, and Zorvex executives agreed.",
			[]string{"Anna Ruiz"}, []string{"Zorvex"}, nil},
		{"a clinic, a facility, a zone and a scholarship are no people",
			"Anna Ruiz, a Rhodes Scholar, left the Quarry Correctional Facility for the Hallam Clinic in the Green Zone.",
			[]string{"Anna Ruiz"}, []string{"Rhodes Scholar", "Quarry Correctional Facility", "Hallam Clinic", "Green Zone"}, nil},
		{"a headline's verb in -ing before a name is no part of it",
			"Anna Ruiz spoke first.\n\nMirroring Ruiz's comments, an adviser agreed. Sterling Hallam said so.",
			[]string{"Anna Ruiz", "Sterling Hallam"}, []string{"Mirroring Ruiz"}, nil},
		{"a syndicate, a banque and works are no people",
			"Anna Ruiz writes for Quill Features Syndicate. Banque Hallam said rates would rise, and Stanley Works said it would hire.",
			[]string{"Anna Ruiz"}, []string{"Quill Features Syndicate", "Features Syndicate", "Banque Hallam", "Stanley Works"}, nil},
		{"a given name alone right after a possessor and a relative is a person",
			"The farm, which Peter Hallam bought in 1990, grew. His wife, Marisol, which the town knew well, ran it, and their son Teodoro sold the corn.",
			[]string{"Peter Hallam", "Marisol", "Teodoro"}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			got := names(r)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q missing from people %q", w, got)
				}
			}
			for _, n := range c.not {
				if slices.Contains(got, n) {
					t.Errorf("%q is a person in %q", n, got)
				}
			}
			for _, p := range r.People {
				for _, n := range c.not {
					if slices.Contains(p.Aliases, n) {
						t.Errorf("%q is a name of %s", n, p.Name)
					}
				}
				if want, ok := c.roles[p.Name]; ok && p.Role != want {
					t.Errorf("%s role = %q, want %q", p.Name, p.Role, want)
				}
			}
		})
	}
}

// TestTitleFields holds one made-up case per rule that reads a role, a
// party, a home state or a gender off the words around a name.
func TestTitleFields(t *testing.T) {
	type want struct{ role, party, state, gender string }
	cases := []struct {
		name  string
		text  string
		want  map[string]want
		affil map[string]string
	}{
		{"a party and a state before the title",
			"Iowa Republican Sen. Peter Hallworth spoke. Democratic Rep. Anna Quarles agreed, and so did House Democratic Leader Maria Tobin. Republican National Committee Chairman Mark Stone did not.",
			map[string]want{"Peter Hallworth": {"Senator", "Republican", "Iowa", "m"}, "Anna Quarles": {"Representative", "Democrat", "", "f"},
				"Maria Tobin": {"Leader", "Democrat", "", "f"}, "Mark Stone": {"Chairman", "", "", "m"}}, nil},
		{"a state of two words before the title or in a party tag",
			"New Mexico Gov. Anna Quarles met Rep. Peter Hallworth (D-Rhode Island) and Chicago Mayor Mark Stone.",
			map[string]want{"Anna Quarles": {"Governor", "", "New Mexico", "f"}, "Peter Hallworth": {"Representative", "Democrat", "Rhode Island", "m"},
				"Mark Stone": {"Mayor", "", "", "m"}}, nil},
		{"a party in an appositive",
			"\"No,\" said Rep. Peter Hallworth Jr., Vermont Republican and the bill's author. Sen. Anna Quarles, a Texas Democrat, agreed. Mark Stone, a Republican Party official, did not.",
			map[string]want{"Peter Hallworth Jr.": {"Representative", "Republican", "Vermont", "m"}, "Anna Quarles": {"Senator", "Democrat", "Texas", "f"},
				"Mark Stone": {"", "", "", "m"}}, nil},
		{"councilor and alderman are titles, kept out of the name",
			"State Councilor Peter Hallworth met City Councillor Anna Quarles and Alderman Mark Stone.",
			map[string]want{"Peter Hallworth": {"Councilor", "", "", "m"}, "Anna Quarles": {"Councillor", "", "", "f"},
				"Mark Stone": {"Alderman", "", "", "m"}}, nil},
		{"a rank word before the title is part of the role",
			"Deputy Attorney General Peter Hallworth met Vice Chairman Mark Stone and Lt. Gov. Anna Quarles.",
			map[string]want{"Peter Hallworth": {"Deputy Attorney General", "", "", "m"}, "Anna Quarles": {"Lieutenant Governor", "", "", "f"},
				"Mark Stone": {"Vice Chairman", "", "", "m"}}, nil},
		{"a rank word before a run, Maj., Rear and Staff rank the title",
			"The firing of Under Secretary of State Peter Hallworth was reported. Under President Mark Stone, Maj. Gen. Anna Quarles and Rear Adm. Peter Quist met Staff Sgt. Maria Tobin.",
			map[string]want{"Peter Hallworth": {"Under Secretary of State", "", "", "m"}, "Mark Stone": {"President", "", "", "m"},
				"Anna Quarles": {"Major General", "", "", "f"}, "Peter Quist": {"Rear Admiral", "", "", "m"}, "Maria Tobin": {"Staff Sergeant", "", "", "f"}}, nil},
		{"an appositive after a name gives a role and where it is held",
			"Peter Hallworth, associate professor of political science at the University of Quarlesville, said no. Anna Quarles, Pew's director of journalism research, agreed. Mark Stone, 42, senior vice president of its Tobin Trust Co subsidiary, died. Maria Tobin, now a commentator at Stonebridge Television, and Ann Ruiz, a former senior adviser to Peter Hallworth, met Paul Quist, president of the U.S. Chamber of Quarles, and Ed Feulner, another leading conservative activist.",
			map[string]want{"Peter Hallworth": {"associate professor of political science", "", "", "m"}, "Anna Quarles": {"director of journalism research", "", "", "f"},
				"Mark Stone": {"senior vice president", "", "", "m"}, "Maria Tobin": {"commentator", "", "", "f"}, "Ann Ruiz": {"former senior adviser", "", "", "f"},
				"Paul Quist": {"president", "", "", "m"}, "Ed Feulner": {"leading conservative activist", "", "", "m"}},
			map[string]string{"Peter Hallworth": "University of Quarlesville", "Anna Quarles": "Pew", "Mark Stone": "", "Maria Tobin": "Stonebridge Television",
				"Ann Ruiz": "Peter Hallworth", "Paul Quist": "U.S. Chamber of Quarles"}},
		{"a member card between the name and its party tag; Secretary General; a particle inside the affiliation",
			"Sen. Anna Quarles Anna Maria QuarlesGOP senators balk at trial Peter Hall: Senate trial must end MORE (R-Maine) spoke. Secretary General Mark Stone agreed. Peter Hallworth, an associate pastor at the Caminos de Vida church, came.",
			map[string]want{"Anna Quarles": {"Senator", "Republican", "Maine", "f"}, "Mark Stone": {"Secretary-General", "", "", "m"}, "Peter Hallworth": {"associate pastor", "", "", "m"}},
			map[string]string{"Peter Hallworth": "Caminos de Vida"}},
		{"offices ending in General or Attorney, and lower-case roles with their modifiers and owner",
			"Inspector General Peter Hallworth and Solicitor General Anna Quarles met U.S. Attorney Mark Stone. Incoming press secretary Maria Tobin said RNC chief strategist Paul Quist and Republican pollster Ann Ruiz agreed. Senate Majority Whip Lena Hallworth met National Security Adviser Carl Quarles. Hallworth's Chief of Staff Nora Quince came.",
			map[string]want{"Peter Hallworth": {"Inspector General", "", "", "m"}, "Anna Quarles": {"Solicitor General", "", "", "f"}, "Mark Stone": {"U.S. Attorney", "", "", "m"},
				"Maria Tobin": {"press secretary", "", "", "f"}, "Paul Quist": {"chief strategist", "", "", "m"}, "Ann Ruiz": {"pollster", "Republican", "", "f"},
				"Lena Hallworth": {"Majority Whip", "", "", "f"}, "Carl Quarles": {"National Security Adviser", "", "", "m"}, "Nora Quince": {"Chief of Staff", "", "", "f"}},
			map[string]string{"Maria Tobin": "", "Paul Quist": "RNC", "Ann Ruiz": "", "Nora Quince": "Lena Hallworth"}},
		{"a title in -man gives way to a given name of the other sex, Mr. and Ms. do not; Marine is no given name before a title",
			"Committee Chairman Anna Quarles spoke. Mark Stone, whom Ms. Stone's aides praised, met Marine General Peter Hallworth.",
			map[string]want{"Anna Quarles": {"Chairman", "", "", "f"}, "Peter Hallworth": {"General", "", "", "m"}}, nil},
		{"a state after of, a party and state after it, a rank before an abbreviated or lower-case title",
			"Sen. Peter Hallworth of Kentucky spoke. Budget Committee Chairman Mark Stone of North Dakota, a Democrat, agreed. Senator Anna Quarles, a Democrat from Washington, did not. Brig. Gen. Paul Quist met former acting Attorney General Maria Tobin.",
			map[string]want{"Peter Hallworth": {"Senator", "", "Kentucky", "m"}, "Mark Stone": {"Chairman", "Democrat", "North Dakota", "m"},
				"Anna Quarles": {"Senator", "Democrat", "Washington", "f"}, "Paul Quist": {"Brigadier General", "", "", "m"}, "Maria Tobin": {"Acting Attorney General", "", "", "f"}}, nil},
		{"a plural title names every person of its list",
			"Republican Sens. Peter Hallworth of Iowa and Anna Quarles of Ohio spoke. Reps. Mark Stone (D-Vt.), Maria Tobin and Paul Quist agreed.",
			map[string]want{"Peter Hallworth": {"Senator", "Republican", "Iowa", "m"}, "Anna Quarles": {"Senator", "Republican", "Ohio", "f"},
				"Mark Stone": {"Representative", "Democrat", "Vermont", "m"}, "Maria Tobin": {"Representative", "", "", "f"}, "Paul Quist": {"Representative", "", "", "m"}}, nil},
		{"an appositive that is a clause or a comparison gives no role",
			"Peter Hallworth, as secretary of state, said no. Mark Stone, was the first executive, he said. A film by Paul Quist, received best actress at the festival.",
			map[string]want{"Peter Hallworth": {"", "", "", "m"}, "Mark Stone": {"", "", "", "m"}, "Paul Quist": {"", "", "", "m"}}, nil},
		{"an owned calling before the name and a comma is the name's role, not the appositive of the name before",
			"Peter Hallworth's former campaign manager, Mark Stone, and his former campaign deputy, Anna Quarles, were charged. Along with Paul Quist, chairman of Quarles Media, New Mexico's governor, Maria Tobin, urged him.",
			map[string]want{"Mark Stone": {"former campaign manager", "", "", "m"}, "Anna Quarles": {"former campaign deputy", "", "", "f"},
				"Maria Tobin": {"governor", "", "", "f"}, "Paul Quist": {"chairman", "", "", "m"}},
			map[string]string{"Mark Stone": "Peter Hallworth", "Anna Quarles": "", "Maria Tobin": "New Mexico", "Paul Quist": "Quarles Media"}},
		{"a portfolio before the title is part of the role",
			"Defense Secretary Peter Hallworth met Health and Human Services Secretary Anna Quarles, Deputy Campaign Manager Mark Stone, Special Counsel Paul Quist and Border Security Secretary Maria Tobin.",
			map[string]want{"Peter Hallworth": {"Defense Secretary", "", "", "m"}, "Anna Quarles": {"Health and Human Services Secretary", "", "", "f"},
				"Mark Stone": {"Deputy Campaign Manager", "", "", "m"}, "Paul Quist": {"Special Counsel", "", "", "m"}, "Maria Tobin": {"Secretary", "", "", "f"}}, nil},
		{"a title's of-phrase and First before Minister are part of the role",
			"U.S. Secretary of Education Peter Hallworth met Scottish First Minister Anna Quarles and Director of National Intelligence Mark Stone.",
			map[string]want{"Peter Hallworth": {"Secretary of Education", "", "", "m"}, "Anna Quarles": {"First Minister", "", "", "f"}, "Mark Stone": {"Director of National Intelligence", "", "", "m"}}, nil},
		{"an appositive's owner is the person a title run before the name holds",
			"Mark Stone, a spokesman for House Roads and Bridges Committee Chairman Rep. Peter Hallworth, said no.",
			map[string]want{"Mark Stone": {"spokesman", "", "", "m"}}, map[string]string{"Mark Stone": "Peter Hallworth"}},
		{"a common word's possessive inside an affiliation goes on to the name's next word",
			"Mark Stone, president of the Tobin County Farmers' Union, said no.",
			map[string]want{"Mark Stone": {"president", "", "", "m"}}, map[string]string{"Mark Stone": "Tobin County Farmers' Union"}},
		{"New opens the owner of a lower-case role before a name",
			"New Hampshire pollster Mark Stone said no, and so did New Yorker writer Anna Quarles.",
			map[string]want{"Mark Stone": {"pollster", "", "", "m"}, "Anna Quarles": {"writer", "", "", "f"}}, map[string]string{"Mark Stone": "New Hampshire", "Anna Quarles": "New Yorker"}},
		{"a lower-case role before a name keeps former, radio, defense and the like; a day is no owner",
			"Anna Quarles met former campaign manager Mark Stone, and investigators heard Wednesday former national security adviser Paul Quist, radio host Peter Hallworth and Zorbix senior research scientist Maria Tobin.",
			map[string]want{"Mark Stone": {"former campaign manager", "", "", "m"}, "Paul Quist": {"former national security adviser", "", "", "m"}, "Peter Hallworth": {"radio host", "", "", "m"},
				"Maria Tobin": {"senior research scientist", "", "", "f"}},
			map[string]string{"Paul Quist": ""}},
		{"an organisation's name joined by a lower-case to or the goes on in the affiliation",
			"Mark Stone, founder of Vote the Zorb, and Anna Quarles, director of Quarlesville Right to Read, spoke.",
			map[string]want{"Mark Stone": {"founder", "", "", "m"}, "Anna Quarles": {"director", "", "", "f"}},
			map[string]string{"Mark Stone": "Vote the Zorb", "Anna Quarles": "Quarlesville Right to Read"}},
		{"an organisation's own name goes on past a possessive before Association, List and the like",
			"Peter Hallworth, president of the Quarlesville Zorbman's Association, spoke.",
			map[string]want{"Peter Hallworth": {"president", "", "", "m"}}, map[string]string{"Peter Hallworth": "Quarlesville Zorbman's Association"}},
		{"a role phrase after a preposition's object that a speech verb follows is the next clause's subject",
			"Peter Hallworth will not hand the seat to Anna Quarles, a top adviser said. Mark Stone, president of Zorbix said no.",
			map[string]want{"Anna Quarles": {"", "", "", "f"}, "Mark Stone": {"president", "", "", "m"}}, nil},
		{"a double given name opens a name and takes the sex of its second part",
			"Mark Stone met Jean-Pierre Van Quarles and Jean-Marc Hallworth in Paris.",
			map[string]want{"Jean-Pierre Van Quarles": {"", "", "", "m"}, "Jean-Marc Hallworth": {"", "", "", "m"}}, nil},
		{"an accented given name opens the name and gives the gender; an initial before the given name is skipped",
			"The mayor, Andrés Manuel Quarles, met Fátima Cecilia Hallworth, J. Randy Stone and Jenquila de Torres. \"No,\" said Jenquila de Torres.",
			map[string]want{"Andrés Manuel Quarles": {"", "", "", "m"}, "Fátima Cecilia Hallworth": {"", "", "", "f"}, "J. Randy Stone": {"", "", "", "m"}, "Jenquila de Torres": {"", "", "", ""}}, nil},
		{"an affiliation goes on over to and three capitalised words",
			"Peter Hallworth, executive director of the Coalition to Stop Zorb Violence, spoke.",
			map[string]want{"Peter Hallworth": {"executive director", "", "", "m"}}, map[string]string{"Peter Hallworth": "Coalition to Stop Zorb Violence"}},
		{"a portfolio the name run left out is still part of the title; Surgeon and Auditor are a General's",
			"Critics praised Surgeon General Anna Quarles. Aides to Foreign Minister Peter Hallworth and Auditor General Mark Tobin agreed.",
			map[string]want{"Anna Quarles": {"Surgeon General", "", "", "f"}, "Peter Hallworth": {"Foreign Minister", "", "", "m"}, "Mark Tobin": {"Auditor General", "", "", "m"}}, nil},
		{"he/she votes that do not open the next sentence leave a given name listed the other way; Lindsey is a man's name too",
			"Anna Quarles and Peter Hallworth met voters. Unions backed Anna Quarles, but he won the county. Donors cheered Quarles while he spoke. Voters liked Lindsey Tobin because he fixed roads.",
			map[string]want{"Anna Quarles": {"", "", "", "f"}, "Lindsey Tobin": {"", "", "", "m"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Extract(Doc{Text: c.text})
			got := map[string]want{}
			for _, p := range r.People {
				got[p.Name] = want{p.Role, p.Party, p.State, p.Gender}
			}
			for n, w := range c.want {
				g, ok := got[n]
				if !ok {
					t.Errorf("%q missing from people %v", n, got)
					continue
				}
				if g != w {
					t.Errorf("%s: got %+v, want %+v", n, g, w)
				}
				if a, ok := c.affil[n]; ok {
					for _, p := range r.People {
						if p.Name == n && p.Affiliation != a {
							t.Errorf("%s: affiliation %q, want %q", n, p.Affiliation, a)
						}
					}
				}
			}
		})
	}
}

// TestInitialJoins: an initial and a surname in a line-up ("P Hallam")
// join the full name with that initial and surname, and no other.
func TestInitialJoins(t *testing.T) {
	r := Extract(Doc{Text: "Peter Hallam kicked two penalties and Anna Ruiz scored a try, said coach Mark Tobin.\n\nQuellia: P Hallam, A Ruiz, G Tobin, R. Varga; M Hallam, T Wrenn."})
	got := names(r)
	for _, n := range []string{"P Hallam", "A Ruiz"} {
		if slices.Contains(got, n) {
			t.Errorf("%q is a person of its own in %q", n, got)
		}
	}
	for _, n := range []string{"Peter Hallam", "Anna Ruiz", "Mark Tobin", "G Tobin", "M Hallam"} {
		if !slices.Contains(got, n) {
			t.Errorf("%q missing from %q", n, got)
		}
	}
}

// TestWorldGiven: men's given names of world news the birth records lack
// give the sex against a stray "her" of someone else nearby.
func TestWorldGiven(t *testing.T) {
	r := Extract(Doc{Text: "Prime Minister Anna Ruiz left Bonn after talks with Chancellor Helmut Qorsch ahead of her visit to Moscow. She had flown in from Paris."})
	for _, p := range r.People {
		if p.Name == "Helmut Qorsch" && p.Gender != "m" {
			t.Errorf("Helmut Qorsch gender = %q, want m", p.Gender)
		}
	}
	if !slices.Contains(names(r), "Helmut Qorsch") {
		t.Errorf("Helmut Qorsch missing from %q", names(r))
	}
}

// TestShortSuffixed: "Quellman Jr." is the Quellman with that suffix, and
// where the text writes the surname with the suffix alone, the bare
// surname is the other Quellman.
func TestShortSuffixed(t *testing.T) {
	r := Extract(Doc{Text: "Mark Quellman Jr. met donors on Monday. His father, Mark Quellman, stayed home.\n\nQuellman Jr. spoke for an hour.\n\nLater Quellman said he was proud of the family."})
	for _, p := range r.People {
		switch p.Name {
		case "Mark Quellman Jr.":
			if slices.Contains(p.Aliases, "Quellman") || !slices.Contains(p.Aliases, "Quellman Jr.") {
				t.Errorf("son's aliases %q, want Quellman Jr. and no bare Quellman", p.Aliases)
			}
		case "Mark Quellman":
			if !slices.Contains(p.Aliases, "Quellman") {
				t.Errorf("father's aliases %q, want Quellman", p.Aliases)
			}
		}
	}
}

// TestPresidentNotWife: a woman named in full whom the text never titles
// president takes no "President <surname>" (her husband's title), unless
// the office is hypothetical ("a future President Quellman"); "Mrs.
// Quellman" stays hers.
func TestPresidentNotWife(t *testing.T) {
	r := Extract(Doc{Text: "Anna Quellman spoke in Ohio on Monday. President Quellman signed the law in 1996, and Mrs. Quellman praised it.\n\nVoters there want a future President Quellman to act, said Mark Stone."})
	for _, p := range r.People {
		if p.Name == "Anna Quellman" {
			if slices.Contains(p.Aliases, "President Quellman") {
				t.Errorf("Anna Quellman took the president's title: %q", p.Aliases)
			}
			if !slices.Contains(p.Aliases, "Mrs. Quellman") {
				t.Errorf("Anna Quellman lost Mrs. Quellman: %q", p.Aliases)
			}
		}
	}
	if !slices.Contains(names(r), "Quellman") {
		t.Errorf("the president Quellman missing from %q", names(r))
	}
}

// TestSwappedLetters: a surname written with two neighbouring letters
// swapped joins the person named in full.
func TestSwappedLetters(t *testing.T) {
	r := Extract(Doc{Text: "Peter Quellbarn, the party chairman, spoke first. \"We lost,\" Quellbran said. Quellbarn left early."})
	if len(r.People) != 1 || r.People[0].Name != "Peter Quellbarn" || !slices.Contains(r.People[0].Aliases, "Quellbran") {
		t.Errorf("people = %+v", r.People)
	}
	if !editDistance1("lichtblau", "lichtbalu") || editDistance1("lichtblau", "lichtbula") {
		t.Error("editDistance1 swap")
	}
}

// TestAccentedTail: a name of two words or more written without (or with)
// its accents is the person named in full, no second entry.
func TestAccentedTail(t *testing.T) {
	r := Extract(Doc{Text: "Zenón Quirós Pelláez spoke first. Later Quiros Pellaez said the plan works, and Andrés Tobón agreed, as Andres Tobon said twice."})
	var names []string
	for _, p := range r.People {
		names = append(names, p.Name)
	}
	if len(names) != 2 || !slices.Contains(names, "Zenón Quirós Pelláez") || !slices.Contains(names, "Andrés Tobón") {
		t.Errorf("people %q, want Zenón Quirós Pelláez and Andrés Tobón alone", names)
	}
}

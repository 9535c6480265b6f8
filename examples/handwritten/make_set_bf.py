import sys
from markup import write_set
T = []

# 1 Kenya - community health nurse
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and the work you do?

User: Sure. My name is [[Akinyi Otieno|PERSON]], I'm [[34|AGE]], and I'm a [[community health nurse|JOB_TITLE]] with the [[Kisumu County Department of Health|ORGANIZATION]]. I sit at a health centre in [[Nyalenda|CITY]], that's one of the informal settlements on the edge of [[Kisumu|CITY]], and I've been there since [[2017|DATE]]. Before that I did three years on the maternity ward at [[Jaramogi Oginga Odinga Teaching and Referral Hospital|ORGANIZATION]], which nobody calls by the full name. We just say [[Russia|ORGANIZATION|org_nickname]], because the old block was built with Soviet money.

AI: [[Russia|ORGANIZATION|org_nickname]], that's a great nickname. So where does AI come into your day at the health centre?

User: Honestly it came in through the back door. My cousin [[Brian|PERSON]], he's in [[Nairobi|CITY]] doing IT for a bank, put [[ChatGPT|AI_PRODUCT]] on my phone [[last Easter|GENERIC_TIME]] and said, "[[Aki|PERSON|nickname]], just try it." I was sceptical. What finally got me was the reports. Every month we send the MOH 711 summary to the sub-county, and then our NGO partner, [[Amref|ORGANIZATION]], wants their own version with stories, "human interest", you know. The numbers are in [[KHIS|SOFTWARE]], which is really [[DHIS2|SOFTWARE]], but turning them into a narrative used to eat my whole [[Saturday|GENERIC_TIME]]. Now I paste the totals, no names, and ask it to draft the paragraph, then I fix it. I also use it for the health talks. Every [[Thursday|GENERIC_TIME]] we do a session for mothers, and I ask it for simple explanations of family planning or the new malaria vaccine, then a translation into Dholuo. The Dholuo is... enthusiastic. Like someone who left home as a small boy. So my [[colleague|GENERIC_ROLE]] [[Otieno|PERSON]], no relation, he's from [[Siaya|CITY]], he corrects it for me.

AI: You said no names. Is that something you were told, or your own rule?

User: My own rule at first. Then in [[March 2024|DATE]] our [[sub-county public health nurse|JOB_TITLE]], Mrs [[Achieng|PERSON]], called all of us to a meeting, because someone in another facility had pasted a whole mother's file into one of these apps, ID number, HIV status, everything. She was very strict. Now the rule is you can use it for writing but never with identifiers. So I write "Client A, [[19|AGE]] years, second pregnancy" and like that. Even the village I remove, because in [[Nyalenda|CITY]] if you say a [[19|AGE]]-year-old in a certain lane with twins, everybody knows who it is.

AI: Does your [[manager|GENERIC_ROLE]] at the facility know how much you use it?

User: My [[in-charge|GENERIC_ROLE]] knows, that's Sister [[Rose Adhiambo|PERSON]]. She even asked me to show her. She's [[58|AGE]] and she told me she doesn't trust anything she can't shout at. But she liked that the monthly report was on time for once. The county, I think they know in general, there was a circular. Nobody has given us a paid version or any training, it's all on our own phones with our own bundles, which is another thing, the data costs me maybe five hundred shillings a week. And because the county landline is always dead, my own number is on the wall at the centre, [[0722 418 903|PHONE_NUMBER]], so mothers call me at night. I help some of them write messages to relatives, and once a letter for a maintenance case. I didn't use AI for that one. It felt wrong to put her story in there, even without the name.

AI: Has it ever gone wrong in a way that worried you?

User: Yes. I asked for the iron and folic acid schedule in pregnancy and it gave me one from an American guideline, not the [[Kenya|COUNTRY]] one. Small difference, but if a new graduate just copied it... So now I tell the [[interns|GENERIC_ROLE]] from [[KMTC|SCHOOL]], you check everything against the national guidelines book. The AI is like a clever student, not a [[consultant|GENERIC_ROLE]]. I also had a funny one. I asked it about [[Nyalenda|CITY]] and it described a beach resort with boutique hotels. We are very far from the beach.

AI: If the research team needs to follow up with you, how should they reach you?

User: Email is better than phone, honestly. It's [[akinyi.otieno.rn@gmail.com|EMAIL_ADDRESS]]. If your system eats it, it's [[akinyi otieno r n, all together with dots, at gmail|OBF_EMAIL|spoken_parts]]. My daughter [[Shiku|PERSON]], she's [[11|AGE]], says I should join [[LinkedIn|SOFTWARE]], so maybe by [[next year|GENERIC_TIME]] I'll have a profile. And one last thought: people talk about AI as if it's for offices in [[Westlands|CITY]]. But the ones who need time back are people like us. If it gives me my [[Saturday|GENERIC_TIME]] back, I'll use it. I just want proper rules and some bundles.""")

# 2 UK - mental health social worker
T.append("""AI: Hi, thanks for joining. Could you start by telling me what you do and where?

User: Yeah, no problem. I'm [[Dean Whitlock|PERSON]], I'm an [[approved mental health professional|JOB_TITLE]], an [[AMHP|JOB_TITLE]], which basically means I'm the [[social worker|JOB_TITLE]] who gets called when someone might need to be detained under the Mental Health Act. I work for [[Sheffield City Council|ORGANIZATION]], mostly out of the north of the city, [[Parson Cross|CITY]], [[Firth Park|CITY]], that patch. I've been qualified since [[2006|DATE]], did my degree at [[Sheffield Hallam|SCHOOL]], and I'm [[52|AGE]] now, so I've seen a few computer systems come and go.

AI: And how has AI shown up in that work?

User: The big one is a tool called [[Magic Notes|AI_PRODUCT]]. The council piloted it from [[autumn|GENERIC_TIME]] last year. You record the conversation, with consent obviously, and it spits out a draft assessment write-up that you then edit into [[Liquidlogic|SOFTWARE]]. For an [[AMHP|JOB_TITLE]] assessment, you're talking to the person, the family, the two doctors, the nearest relative, and historically I'd be writing that up at eleven at night in my car. Now I get a draft before I've left the car park. It's not perfect. It once turned "he's been sleeping rough behind the bus station" into "he's been sleeping near the buses", which made it sound like a holiday. But it's saved me hours. My [[team manager|GENERIC_ROLE]], [[Nadia|PERSON]], tracks it. She reckons we've cut write-up time by a third.

AI: What about consent? How does that conversation go with someone in crisis?

User: That's the hard bit, and I'll be honest, sometimes I just don't use it. If someone's floridly psychotic and thinks the government's listening through the telly, I'm not putting a phone on the table and saying "mind if I record you?" That's common sense. With families it's easier. I had a lady last month, her son's [[23|AGE]], first episode, and she said, "Love, record whatever you like as long as somebody actually reads it." Which, fair. We're told the audio gets deleted after the summary's generated. I've asked [[IT|GENERIC_ROLE]] twice to show me where that's written down and I'm still waiting.

AI: Do you use anything beyond [[Magic Notes|AI_PRODUCT]]?

User: [[Copilot|AI_PRODUCT]], because it's in [[Outlook|SOFTWARE]] now whether you want it or not. I use it to tidy emails to the [[ward manager|GENERIC_ROLE]] at the [[Longley Centre|ORGANIZATION]] when I'm fuming and need to sound professional. My wife [[Kerry|PERSON]] jokes that it's the only reason I've not been sacked. Also at home I've used [[ChatGPT|AI_PRODUCT]] to help my lad [[Ollie|PERSON]] revise for his GCSEs, but that's separate. At work I'd never put anything identifying into a public tool. The council's been very clear about that, and after the [[NHS|ORGANIZATION]] data breach stories nobody's keen.

AI: You mentioned the politics. Do you have a sense of where this is heading nationally?

User: Well, [[Wes Streeting|PUBLIC_FIGURE]] keeps saying AI will free up clinicians, and [[Keir Starmer|PUBLIC_FIGURE]] had that big speech about AI in public services, and I get it. But in my job the bottleneck isn't typing. It's that there's no beds. I can have the fastest write-up in [[England|COUNTRY]] and still be sat in A&E at the [[Northern General|ORGANIZATION]] for nine hours waiting for a bed in [[Doncaster|CITY]] or, once, [[Kent|CITY]]. So, useful tool, not a fix.

AI: That's a really helpful perspective. Is there a good way to reach you if we have follow-up questions?

User: Work mobile's best, [[07700 900 461|PHONE_NUMBER]], but I'm on the rota [[Tuesdays|GENERIC_TIME]] so I might not pick up. Or email, it's [[dean dot whitlock at sheffield dot gov dot uk|OBF_EMAIL|spelled_at_dot]], I've written it like that because the last survey's spam filter ate my reply. Ask for me by name if you ring the team, there's two Deans and the other one's [[Dean Osei|PERSON]], he'll just take the credit.""")

# 3 India - government school teacher
T.append("""AI: Namaste, and thanks for speaking with me. Could you introduce yourself?

User: Namaste. I am [[Snehal Deshmukh|PERSON]], I am [[29|AGE]] years old, and I am a [[primary teacher|JOB_TITLE]] at [[Zilla Parishad Primary School, Paud|SCHOOL]], in [[Mulshi|CITY]] taluka, about one hour from [[Pune|CITY]]. I teach standard three and four together in one room, forty-one children. I joined in [[June 2019|DATE]] after my D.Ed and then I did my B.A. externally from [[Savitribai Phule Pune University|SCHOOL]].

AI: Forty-one children in a combined class. Where does AI fit into that?

User: Mostly lesson planning. We have to follow the textbook from [[Balbharati|ORGANIZATION]] and also upload activity reports on the [[DIKSHA|SOFTWARE]] app. My younger brother [[Aniket|PERSON]], he is studying engineering in [[Nashik|CITY]], showed me [[ChatGPT|AI_PRODUCT]] during [[Diwali|GENERIC_TIME]]. Now in the evening I type, for example, "make a fun activity on fractions for eight-year-olds using rotis, in Marathi," and it gives me three or four ideas. Half are not practical, one is good. The roti one actually worked! The children cut paper rotis. Also I use it to make question papers in two levels, because in standard four some children read fluently and some still don't know all the letters. Making two papers by hand took me the whole [[Sunday|GENERIC_TIME]] before.

AI: How do you handle information about the children themselves?

User: I am careful. Our [[headmaster|GENERIC_ROLE]], [[Kulkarni|PERSON]] sir, told us nothing with names goes outside. But sometimes it is difficult. There is one boy, [[Omkar|PERSON]], very bright but his father migrated for sugarcane cutting season, and he misses school for two months every year. I wanted to write a letter to the [[Block Education Officer|GENERIC_ROLE]] for a bridge programme for such children. I used [[ChatGPT|AI_PRODUCT]] for the English draft but I wrote "a student" only. Then I put his name myself in the final letter, in handwriting. I feel the AI doesn't need to know [[Omkar|PERSON]].

AI: Do your colleagues use it too?

User: Some. [[Vaishali|PERSON]] tai, she teaches standard one and two, she is [[52|AGE]] and she says "I have taught for twenty-eight years without a robot." But last month she asked me to make a rhyme about handwashing and now she uses it more than me! The [[Kendra Pramukh|JOB_TITLE]], that is the cluster head, Mr [[Patil|PERSON]], he forwards us [[WhatsApp|SOFTWARE]] messages about AI, sometimes it is fake news like "[[ChatGPT|AI_PRODUCT]] will replace teachers by [[next year|GENERIC_TIME]]". I don't believe. Who will catch the monkeys on the school roof then?

AI: Is there anything you would want from the education department?

User: Training in Marathi. And a tool that works offline, because the network at [[Paud|CITY]] is one bar if you stand near the temple. [[Sundar Pichai|PUBLIC_FIGURE]] came on news saying [[Gemini|AI_PRODUCT]] will speak all Indian languages. Good, then please also make it work without network! Also the government should clearly say what is allowed. Right now every teacher is doing their own experiment. In [[Maharashtra|CITY]] there are thousands of schools like mine.

AI: Thank you, that's very clear. How can the research team contact you later?

User: You can call or [[WhatsApp|SOFTWARE]] on [[nine eight two two, zero four, five one three six seven|OBF_PHONE|number_words]]. I write it in words because once I put my number in a [[Facebook|SOFTWARE]] group and I got so many calls for loans. Or email [[snehal.d.teacher@gmail.com|EMAIL_ADDRESS]]. Evenings after seven are better, after I finish cooking and checking my daughter [[Ira|PERSON]]'s homework.""")

# 4 Philippines - hospital pharmacist
T.append("""AI: Good afternoon, and thanks for joining. Could you start with a bit about yourself?

User: Good afternoon! I'm [[Ma. Cristina Villanueva|PERSON]], but everyone calls me [[Tintin|PERSON|nickname]]. I'm a [[hospital pharmacist|JOB_TITLE]] at [[Vicente Sotto Memorial Medical Center|ORGANIZATION]] in [[Cebu City|CITY]], government hospital, very busy. I'm [[thirty-eight|AGE]]. I passed the board in [[2010|DATE]] after finishing at [[University of San Carlos|SCHOOL]], and I've been at [[VSMMC|ORGANIZATION]] since [[2013|DATE]], mostly in the inpatient dispensing area and now also in the drug information unit.

AI: [[Tintin|PERSON]], tell me how AI comes into the drug information work.

User: So doctors and [[nurses|GENERIC_ROLE]] call us with questions, like can this antibiotic be given with this anticonvulsant, or what's the renal dose adjustment. Usually I check [[Medscape|SOFTWARE]] and [[Lexicomp|SOFTWARE]], we have one shared login. But sometimes the question is weird, like a [[resident|GENERIC_ROLE]] at 2 a.m. asking about a herbal product from [[Bohol|CITY]] that the lola is taking. For those I started asking [[ChatGPT|AI_PRODUCT]] to help me find what the compound might be, and then I verify in the references. I never give its answer directly. One time it confidently told me about a study that doesn't exist, the title, the journal, everything. Fake! My co-pharmacist [[Jun-Jun|PERSON|nickname]] laughed so hard. Since then we call it "[[Marites|AI_PRODUCT|product_nickname]]" because it's a chismosa, it talks a lot even without facts.

AI: That's a good name for it. Who else in the hospital knows you use it?

User: Our [[chief pharmacist|GENERIC_ROLE]] knows. She's okay as long as it's reference only. The Pharmacy and Therapeutics Committee is discussing a policy, I'm actually the secretary so I'm the one typing the minutes, and yes, I use [[Copilot|AI_PRODUCT]] to summarize the recording, but I remove the doctors' names before sharing to the group chat, because Dr. [[Alcantara|PERSON]] once got offended that the minutes said he "disagreed strongly." He said "I didn't disagree strongly, I disagreed correctly."

AI: How do patients' details get handled in all this?

User: Strictly no. No names, no hospital numbers, no bed numbers. We had a data privacy seminar from the [[National Privacy Commission|ORGANIZATION]] last [[November|GENERIC_TIME]] and they showed cases where staff posted charts on [[Facebook|SOFTWARE]]. That's worse than AI, honestly. But I think some young [[nurses|GENERIC_ROLE]] paste things into apps without thinking. I tell the ones I'm close with, like [[Kaye|PERSON]] from Ward 4, just describe the case, don't copy the chart.

AI: Do you use AI outside the hospital as well?

User: Yes, for my side hustle. I sell vitamins online and I do a small pharmacy content page, [[@tintinRPh|SOCIAL_HANDLE]] on [[TikTok|SOFTWARE]], and I use [[Canva|SOFTWARE]]'s AI to make the graphics. Also my sister [[Joanna|PERSON]] is a [[nurse|JOB_TITLE]] in [[Dubai|CITY]], she's asking me to help her review for the [[UAE|COUNTRY]] license exam and we use [[ChatGPT|AI_PRODUCT]] to make practice questions. My mother says I should run for councilor like [[Manny Pacquiao|PUBLIC_FIGURE]] did senator, because I talk to everyone. No thanks!

AI: Ha. How can the research team reach you if they need to?

User: Email me at [[tintin.villanueva[at]yahoo[dot]com|OBF_EMAIL|bracket_at_dot]], I write it with brackets because of bots. Or text [[0917 552 0394|PHONE_NUMBER]]. If they need my PRC license number for verification, it's [[0071823|NATIONAL_ID]], but I don't think they will need it, right? Better not to put that anywhere public.""")

# 5 Brazil - public defender's office assistant
T.append("""AI: Olá, thanks for taking part. Could you tell me who you are and what you do?

User: Olá! My name is [[Luana Ferreira da Silva|PERSON]], I'm [[27|AGE]], and I work as a [[legal assistant|JOB_TITLE]] at the [[Defensoria Pública do Estado do Rio Grande do Sul|ORGANIZATION]], in [[Porto Alegre|CITY]]. The [[Defensoria|ORGANIZATION]] is like the public defender, free legal help for people who can't pay a lawyer. I'm in the family law unit, so it's child support, custody, that kind of thing. I started as an intern in [[2019|DATE]] while I was studying law at [[UFRGS|SCHOOL]], and then I passed the exam for the permanent post in [[2022|DATE]].

AI: How does AI come into the family law unit?

User: A lot of our work is taking someone's story, which comes out all mixed, crying, in Portuguese with a lot of slang from the periphery, and turning it into a petition with the right structure. The [[defensor|GENERIC_ROLE]] I work with, Dr. [[Marcelo Kunz|PERSON]], wants a first draft ready by the end of the attendance day. Before, I'd copy from old petitions in [[Word|SOFTWARE]] and adapt. Now I use [[ChatGPT|AI_PRODUCT]] to organise my notes into "facts, requests, evidence", but always without names, CPF numbers or addresses. I replace them with "the assisted woman", "the child", "the father". Then I put everything in [[eproc|SOFTWARE]] myself. The system is ours, the AI never touches it.

AI: Was there an institutional policy, or did you set that yourself?

User: Both. Last year the [[Conselho Nacional de Justiça|ORGANIZATION]] was discussing rules for AI in the judiciary, and our own administration sent a memo. But the memo was very general, "use with caution." My coordinator, [[Patrícia|PERSON]], she made our own checklist for the unit. She's very organised, she's the one who found that one petition from another unit had a made-up jurisprudence citation, a decision of the [[STJ|ORGANIZATION]] that never existed. After that everybody got scared, which is good.

AI: Can you describe a case where the tool really helped?

User: There was a woman from [[Restinga|CITY]], that's a neighbourhood far from the centre, she came with three kids and a notebook with every payment the father ever made, for six years, in handwriting. I typed the values into [[Excel|SOFTWARE]] and asked the AI to help me make the table with the monetary correction. It got the formula wrong the first time, but it explained the logic and I fixed it. We filed the same day. She sent me a message later saying she finally got the pension. That made my week. She wanted to send me a cake at the office, at [[Rua Sete de Setembro, 666|ADDRESS]], and I had to explain that we can't accept gifts.

AI: Does AI come into your life outside work?

User: My boyfriend [[Thiago|PERSON]] uses it for his band's [[Instagram|SOFTWARE]], and I'm on [[Instagram|SOFTWARE]] as [[@lua.ferreira.dp|SOCIAL_HANDLE]], mostly pictures of my dog. My mother, who's [[61|AGE]], thinks AI is the devil because of something a pastor said. Politically it's a hot topic here, [[Lula|PUBLIC_FIGURE]] talked about Brazilian AI, and there are fake videos of politicians everywhere. In the floods of [[May 2024|DATE]], when [[Porto Alegre|CITY]] was under water, lots of fake news was AI-made, and our office was also flooded, we worked from home for weeks.

AI: That sounds like a hard period. If we need to follow up, how can we reach you?

User: Email is [[luana.silva arroba defensoria ponto rs ponto def ponto br|OBF_EMAIL|arroba_ponto]], I write arroba and ponto because it's the Brazilian way, and our filter blocks external mail with addresses sometimes. Or my cell, [[(51) 9 8 4 4 1 - 2 0 7 3|OBF_PHONE|spaced_digits]]. Please don't call in the morning, it's attendance time and the queue goes out the door.""")

# 6 Germany - youth welfare office social worker
T.append("""AI: Guten Tag, and thank you for joining. Can you tell me about your role?

User: Guten Tag. My name is [[Mehmet Yıldız|PERSON]], I'm [[44|AGE]], and I'm a [[social worker|JOB_TITLE]] in the Allgemeiner Sozialer Dienst at the [[Jugendamt Leipzig|ORGANIZATION]], the youth welfare office. So child protection, family support, sometimes taking children into care, which is the worst part of the job. I'm responsible for [[Grünau|CITY]], the big prefab housing estate in the west of [[Leipzig|CITY]]. I studied at [[HTWK Leipzig|SCHOOL]] and I've been at the Jugendamt since [[2012|DATE]]. Before that I worked in a youth club in [[Dortmund|CITY]], where I grew up.

AI: And how does AI show up in child protection work?

User: Carefully, let me say it like that. The city has an internal chatbot now, they call it [[LiA|AI_PRODUCT]], it runs on city servers, and we're allowed to use it for general texts, for example templates for letters or summarising a new regulation. For anything with case data it's forbidden, and for good reason, we have the Sozialgesetzbuch and data protection is taken very seriously here. So in the case files, in [[OK.JUG|SOFTWARE]], which is our case management software, no AI. What I use at home on my own laptop is [[DeepL|AI_PRODUCT]], not for case texts, but to prepare a phrase list for home visits. Many of my families come from [[Syria|COUNTRY]] or [[Afghanistan|COUNTRY]], and an interpreter is not always available on short notice.

AI: How do you decide what's acceptable and what isn't?

User: I have a simple rule. If I would be embarrassed to read it out in family court, I don't put it in a machine. My [[team leader|GENERIC_ROLE]], Frau [[Schubert|PERSON]], says the same in more official words. We had a colleague, I won't say the name, who used [[ChatGPT|AI_PRODUCT]] to rewrite a report for the court because her German is perfect but she writes very long sentences. She removed the names, but she left the birth date of the child and the street. That became a data protection incident, there was a meeting with the [[Datenschutzbeauftragter|GENERIC_ROLE]], and since then everybody is more careful. To be fair she didn't do it from laziness. We each have around fifty cases. Fifty!

AI: Have there been moments where AI genuinely made the work better?

User: Yes, for parents' letters. Official German is terrible. A letter from the Jugendamt sounds like a threat even when it's an offer of help. With [[LiA|AI_PRODUCT]] I write "explain in simple language that the family can get a family helper for six months," and then I adapt it. A mother in [[Grünau|CITY]] told me it was the first letter from the authorities she understood without calling her cousin. Also I use it to prepare for the multi-agency meetings, the Hilfeplangespräch, to structure the agenda. Small things but they add up.

AI: What about your own life outside the office?

User: My wife [[Elif|PERSON]] is a [[paediatric nurse|JOB_TITLE]] at the [[Universitätsklinikum Leipzig|ORGANIZATION]] and she uses these tools even less than me. Our daughter [[Defne|PERSON]] is [[eight|AGE]] and already asks the smart speaker to tell her jokes. Politically, I follow it a bit. [[Olaf Scholz|PUBLIC_FIGURE]] talked a lot about digitalising the administration, and honestly we still send faxes to the family court. So I'm not afraid that AI takes my job. I'm afraid that it arrives in the wrong way, with software that decides which family is "high risk" without anyone understanding why. That happened in other countries, in the [[Netherlands|COUNTRY]] with the childcare benefits, and it destroyed families.

AI: Thank you, that's a strong point. How can the team contact you if needed?

User: Email is easiest: [[m.yildiz (at) leipzig (punkt) de|OBF_EMAIL|german_at_punkt]], written like that on purpose. Or the office line, [[0341 123 4 56 78|PHONE_NUMBER]], but I'm often on home visits, so try in the morning on [[Wednesdays|GENERIC_TIME]], that's our office day. If they ask for my staff number for any reason, it's [[40 77 12|NATIONAL_ID]], but really only if HR needs it.""")

# 7 Nigeria - court registrar
T.append("""AI: Good morning. Thank you for your time. Could you start by introducing yourself?

User: Good morning. I'm [[Oluwaseun Adebayo-Cole|PERSON]], people call me [[Seun|PERSON|nickname]]. I'm a [[senior registrar|JOB_TITLE]] at the [[High Court of Lagos State|ORGANIZATION]], [[Ikeja|CITY]] Judicial Division. I'm [[thirty-nine|AGE]]. I read law at [[UNILAG|SCHOOL]], went to the [[Nigerian Law School|SCHOOL]], [[Abuja|CITY]] campus, and joined the judiciary in [[2011|DATE]]. So I manage the registry for two courtrooms: filing, cause lists, certified true copies, the endless photocopying.

AI: Where has AI come into that?

User: It started with my lordship's handwriting. I work with Justice [[Folake Oyelaran|PERSON]], and she still writes her rulings in longhand in the bench book, beautiful handwriting but it's joined-up and fast. The typists spend days on one ruling. Last year our youngest [[typist|JOB_TITLE]], [[Chidera|PERSON]], a very sharp girl, took photos and used an app to convert the handwriting to text, then [[ChatGPT|AI_PRODUCT]] to clean the formatting. When I found out I panicked, because that is a court record going to an outside server. We sat down with the judge. My lord, I mean my lady, she was actually interested, but she said "not until the [[Chief Judge|GENERIC_ROLE]] says yes."

AI: And has the [[Chief Judge|GENERIC_ROLE]] said yes?

User: Not formally. The [[Lagos|CITY]] judiciary is pushing e-filing and virtual hearings on [[Zoom|SOFTWARE]] since COVID, and there's talk of a policy on AI, but for now it's informal. What we now do is, for the final ruling, the typists type it, then we use [[Copilot|AI_PRODUCT]] inside [[Microsoft Word|SOFTWARE]] only to check spelling and format, because that's on the government licence. For the cause list, I use [[Excel|SOFTWARE]], no AI needed. Where AI really helps me is drafting internal memos and circulars to lawyers, like when the court is moving a sitting. The lawyers are very sensitive, if you don't say "learned counsel" correctly, they will write a petition.

AI: Ha. Are there risks you worry about?

User: Fake citations, definitely. A [[lawyer|GENERIC_ROLE]] in another division filed a written address with cases that don't exist, and the judge caught it. It was embarrassing for the whole bar. Also impersonation. Somebody created a fake [[Facebook|SOFTWARE]] page using the name of one of our [[registrars|JOB_TITLE]], [[Emeka Nwosu|PERSON]], collecting money from litigants to "speed up" their cases. The voice notes sounded exactly like [[Emeka|PERSON]]. We reported to the police. So when people say AI is only about productivity, I tell them, it's also fraud.

AI: Outside work, does AI play a role for you?

User: My husband [[Tunde|PERSON]] uses it for his poultry business, writing captions. Our first son [[Tobi|PERSON]] is [[14|AGE]] and I suspect he does his essays with it. I read a lot. I like [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]], and I asked [[ChatGPT|AI_PRODUCT]] once to write a story "in her style" and it was rubbish, so that reassured me. My pastor preaches against it, my mother-in-law forwards warnings on [[WhatsApp|SOFTWARE]]. It's a whole ecosystem.

AI: Thank you, [[Seun|PERSON]]. How can the researchers reach you afterwards?

User: Call me on [[zero eight zero three, one one four, double seven two nine|OBF_PHONE|number_words_double]], evenings are best. Please don't send things to the court's official address, it goes through the Chief Registrar's office. My personal email is [[seun.adebayocole@yahoo.com|EMAIL_ADDRESS]]. If they need to send documents by courier, use my house, [[21 Adeniyi Jones Avenue|ADDRESS]], [[Ikeja|CITY]].""")

# 8 Canada - public librarian
T.append("""AI: Hi, thanks so much for doing this. Could you introduce yourself?

User: Hey, sure. I'm [[Jordan Linklater|PERSON]], I'm a [[community services librarian|JOB_TITLE]] with [[Winnipeg Public Library|ORGANIZATION]]. I'm based mostly at the [[Millennium Library|ORGANIZATION]] downtown but I float to the [[St. Boniface|CITY]] branch a couple days a week. I'm [[31|AGE]], I'm Cree, my family's from [[Norway House|CITY]] originally. I did my undergrad at the [[University of Manitoba|SCHOOL]] and my MLIS at [[Western|SCHOOL]] in [[London|CITY]], [[Ontario|CITY]], which, fun fact, people always think is [[England|COUNTRY]].

AI: What does AI look like in a public library?

User: A lot of it is helping people who are scared of it or who need it for something urgent. Like, we get newcomers from [[Ukraine|COUNTRY]] and the [[Philippines|COUNTRY]] who need a resume in Canadian format by tomorrow. I'll sit with them and we'll use [[ChatGPT|AI_PRODUCT]] on the public computers to turn their work history into bullet points, and then we fix the weird parts. It always wants to say "spearheaded." Nobody in real life spearheads anything. We also do a drop-in on [[Tuesday|GENERIC_TIME]] afternoons called "Ask a Librarian About AI" where people bring their phones and we talk about scams, deepfakes, how to tell if an email's legit.

AI: Can you share a moment that stuck with you?

User: There's a regular, I'll call him [[Roy|PERSON]] because that's what he'd want, he's in his seventies and he came in because his grandson set up [[Alexa|AI_PRODUCT]] and he was convinced it was listening to him. Which, I mean. So we went through the privacy settings together. Then he asked if [[ChatGPT|AI_PRODUCT]] could help him write a letter to [[Manitoba Housing|ORGANIZATION]] about mould in his apartment, and it actually did a good job. He cried a bit when he read it back, because he said it sounded like he knew what he was talking about. He did know! He just didn't have the words in that format.

AI: How does the library handle privacy with these tools?

User: We're strict. Library privacy is kind of a religion for us. We don't log what people search, we tell patrons not to put their health card or SIN into anything, and staff can't use public AI tools with patron info. My [[branch head|GENERIC_ROLE]] [[Leanne|PERSON]] put together a one-pager. There's also a city-wide working group on AI, and I'm on it, which means a lot of [[Teams|SOFTWARE]] meetings. Honestly some councillors want a chatbot on the catalogue, and I'm like, fix the catalogue first.

AI: Do you use AI in your personal life or side projects?

User: I make zines and I write about Indigenous literacy on my site, [[jordanlinklater.ca|URL]], and I post on [[Bluesky|SOFTWARE]] as [[@jlinklater.bsky.social|SOCIAL_HANDLE]]. I don't use AI for my writing, that's mine. But my partner [[Sam|PERSON]] uses [[Midjourney|AI_PRODUCT]] for tabletop game art and we argue about it. My kokum, [[Alice|PERSON]], she's [[88|AGE]], she thinks it's hilarious that computers can talk now. She says, "Good, now they can listen too." And I think of [[Margaret Atwood|PUBLIC_FIGURE]] getting upset when her books were used for training, and I kind of side with her.

AI: That's great. How can we reach you if there's follow-up?

User: Work email's probably filtered, so use my personal one: [[jordan.l (at) protonmail (dot) com|OBF_EMAIL|paren_at_dot]]. Or text [[204-555-0148|PHONE_NUMBER]]. I'm off on [[Fridays|GENERIC_TIME]], just so you know.""")

# 9 Australia - aged care worker
T.append("""AI: Hi there, thanks for joining. Can you tell me a bit about yourself?

User: Hi! I'm [[Sushila Gurung|PERSON]], I'm [[36|AGE]], and I work as a [[personal care worker|JOB_TITLE]] at [[Barwon Gardens Aged Care|ORGANIZATION]] in [[Belmont|CITY]], that's in [[Geelong|CITY]]. I came from [[Pokhara|CITY]] in [[Nepal|COUNTRY]] in [[2015|DATE]] as a student, did my Cert III and then Cert IV at [[The Gordon|SCHOOL]], and I've been at [[Barwon Gardens|ORGANIZATION]] for six years. I'm on the dementia wing mostly, the memory support unit we call it.

AI: Where does AI come into aged care for you?

User: Two ways. The official way, we have [[AutumnCare|SOFTWARE]] for documentation and now it has a feature that suggests wording for progress notes. I type "resident agitated after lunch, refused shower, settled with music" and it makes it into a proper note. Because English is my second language, this helps me a lot, before I was scared my notes sounded wrong. And the unofficial way, I use [[ChatGPT|AI_PRODUCT]] on my phone at home to practise. Like I ask it "what are good phrases to calm a person with dementia who wants to go home" and then I compare with what our [[dementia trainer|GENERIC_ROLE]] said.

AI: Is there anything about it that worries you?

User: Yes, the sensors. Last year management put in these AI cameras in some rooms for falls detection. They don't show video, just stick figures, but the families had to consent. One lady, she's [[91|AGE]], her daughter said no, absolutely not, because her mother was a very private person all her life, a school principal. I respected that. Another thing is the notes. The AI sometimes makes it sound nicer than it was. If a resident was really aggressive and hit me, it writes "resident displayed responsive behaviour." That's technically right, but the next shift needs to know she hits! So I always edit.

AI: How does your facility manage the rules around it?

User: Our [[facility manager|GENERIC_ROLE]], [[Trish|PERSON]], she's very practical. She said use the [[AutumnCare|SOFTWARE]] feature, don't put residents' names into any outside app, and if you're not sure, ask the [[registered nurse|GENERIC_ROLE]] on shift. On my shifts that's usually [[Paolo|PERSON]], he's from the [[Philippines|COUNTRY]], very good, very calm. Since the Royal Commission, aged care in [[Australia|COUNTRY]] is very strict with documentation, and the [[Aged Care Quality and Safety Commission|ORGANIZATION]] can come any time, so everyone is nervous about anything new. Even [[Anthony Albanese|PUBLIC_FIGURE]] talks about aged care reform on the news.

AI: And outside work?

User: My husband [[Bikash|PERSON]] drives for [[Uber Eats|SOFTWARE]] in [[Melbourne|CITY]] on weekends and he uses AI to plan routes, or he says so. Our son [[Aarav|PERSON]] is in grade two. I use [[ChatGPT|AI_PRODUCT]] to write messages to his teacher sometimes, because I want the English to be perfect. And I call my mum in [[Pokhara|CITY]] on [[Viber|SOFTWARE]]. She asked me if the robot does my job now. I said no, Ama, the robot cannot shower anybody.

AI: That's a lovely line. How can the team reach you?

User: My mobile is [[oh four one two, three three eight, nine oh five|OBF_PHONE|oh_for_zero]]. Email [[sushila.gurung88@outlook.com|EMAIL_ADDRESS]]. I'm on night shift [[Monday|GENERIC_TIME]] to [[Wednesday|GENERIC_TIME]], so day time on those days I am sleeping, please don't call then! If they need my worker screening number for anything, it's [[WSC-4471-2290|NATIONAL_ID]].""")

# 10 South Africa - court interpreter
T.append("""AI: Sawubona, and thank you for joining. Please tell me a bit about yourself.

User: Yebo, sawubona. I'm [[Sibusiso Ndlovu|PERSON]], most people say [[Sibu|PERSON|nickname]]. I'm [[45|AGE]], and I'm a [[court interpreter|JOB_TITLE]] at the [[Durban Magistrate's Court|ORGANIZATION]], employed by the [[Department of Justice and Constitutional Development|ORGANIZATION]]. I interpret isiZulu and English, sometimes isiXhosa. I've been doing this since [[2004|DATE]]. I studied at [[UKZN|SCHOOL]], the [[Howard College|SCHOOL]] campus, and I live in [[Umlazi|CITY]] with my family.

AI: Interpreting seems like an area where AI is getting a lot of attention. How does it affect you?

User: Everybody thinks I'm going to be replaced, my own brother included. He sent me a video of a phone translating in real time. But court is not a restaurant. When a witness in a rape matter says something in deep isiZulu, with idioms, with respect words, with what she is not saying, no app catches that. Where I do use AI is preparation. Before a trial I get the charge sheet and sometimes technical words, like forensic terms, DNA, ballistics. I use [[ChatGPT|AI_PRODUCT]] to help me build a glossary, English to isiZulu, then I check with my colleagues and the dictionary from the [[Pan South African Language Board|ORGANIZATION]]. It's wrong maybe thirty percent of the time, but it gives me a starting point.

AI: Are there rules about using it in court?

User: Not clear ones. The Department has a general ICT policy. Our [[court manager|GENERIC_ROLE]] said don't record proceedings on your phone, which we knew already. What I don't do is put anything from the record or the docket into these tools, no names, no case numbers. I also refuse when the [[prosecutors|GENERIC_ROLE]] ask me to "just quickly run" a voice note through [[Google Translate|AI_PRODUCT]]. I tell them, bring it to me properly and I'll translate it properly. Our typist [[Nomvula|PERSON]] laughs because she says I protect the language like a bodyguard.

AI: Has AI caused any problems you've seen?

User: Yes. There was a matter where the defence brought a [[WhatsApp|SOFTWARE]] voice note translated by some app, and the translation said the accused "threatened" someone, but the isiZulu actually was a common expression, like saying "I'll sort you out" in a joking way. The [[magistrate|JOB_TITLE]], Mr [[Pillay|PERSON]], asked me to interpret it again in court, and the meaning changed completely. That could have sent a man to prison. So for me, the danger is people trusting the machine because it's fast and it looks official.

AI: What about outside work?

User: At home my daughter [[Zanele|PERSON]], she's doing matric at [[Umlazi Comtech High School|SCHOOL]], uses AI for studying. I check that she is not copying. My wife [[Thembi|PERSON]] is a [[teacher|JOB_TITLE]], and she uses it for worksheets. I listen to [[Trevor Noah|PUBLIC_FIGURE]]'s podcast, he talks about AI a lot and he's funny about the languages, because he speaks many of ours. And even [[Cyril Ramaphosa|PUBLIC_FIGURE]] says [[South Africa|COUNTRY]] must not be left behind, which, fine, but first give the courts stable electricity.

AI: Thank you, [[Sibu|PERSON]]. How can the team contact you?

User: My work email is [[sibu.ndlovu@​justice.gov.za|OBF_EMAIL|zero_width]], but the spam filter there is very aggressive. Better to call [[082 555 0193|PHONE_NUMBER]]. If the Department needs to confirm I'm staff, my Persal number is [[21847730|NATIONAL_ID]]. Please only for official purposes.""")

# 11 Mexico - NGO field coordinator
T.append("""AI: Hola, thank you for joining. Could you tell me about yourself and your work?

User: Hola, con gusto. I'm [[Itzel Martínez Cruz|PERSON]], I'm [[32|AGE]], and I'm a [[field coordinator|JOB_TITLE]] with [[Semillas del Istmo|ORGANIZATION]], a small NGO in [[Juchitán|CITY]], [[Oaxaca|CITY]]. We work with women's savings groups, mostly Zapotec women, and after the earthquake of [[September 2017|DATE]] we also did a lot of housing reconstruction. I studied social work at the [[Universidad Autónoma Benito Juárez de Oaxaca|SCHOOL]], and I joined the organisation in [[2018|DATE]], right in the middle of the rebuilding.

AI: How does AI come into your work?

User: Honestly, the reports. We depend on international funders, like the [[W.K. Kellogg Foundation|ORGANIZATION]] and a smaller one from [[Canada|COUNTRY]], and each one wants a different format, in English, with "indicators" and "theory of change". My English is okay but writing fifteen pages takes me forever. So I write my notes in Spanish, sometimes with Zapotec words because there's no translation, and I ask [[ChatGPT|AI_PRODUCT]] to help me structure it in English. Then our [[director|GENERIC_ROLE]] reviews. The data itself comes from [[KoboToolbox|SOFTWARE]], that's what we use on the tablets in the field, and I clean it in [[Google Sheets|SOFTWARE]].

AI: When you're out in the communities, does AI come with you?

User: Not much, the signal in some of the rancherías is zero. But I use it to prepare. For example, before a workshop about digital fraud, because many señoras are getting calls saying "your son is kidnapped, send money", I asked the AI to explain how voice cloning works in simple words, then I made a little theatre with our promotoras. Our oldest [[promotora|JOB_TITLE]], everyone calls her Doña [[Chuy|PERSON|nickname]], she played the fake kidnapper and it was so good that one lady cried. Then we laughed. It was very effective.

AI: How do you protect the women's information?

User: This is a big discussion for us. The savings groups trust us with everything: how much they earn, if their husband drinks, if there is violence. None of that goes into an AI. In the reports I use codes, like "Group 7, member 3". My colleague [[Rigoberto|PERSON]], he's more into technology, wanted to use an AI to analyse the interviews for patterns, and we had a big argument. In the end we agreed only with anonymised transcripts and on a paid account with a contract. I think he was right about the usefulness and I was right about the caution. Our [[accountant|JOB_TITLE]] [[Lupita|PERSON]] said we are like a married couple.

AI: Do you see AI in the wider political conversation in [[Mexico|COUNTRY]]?

User: Yes, [[Claudia Sheinbaum|PUBLIC_FIGURE]] talks about technology and science, she is a scientist, so people expect something. But in [[Oaxaca|CITY]] the reality is we still have communities without clinic. Also the fake videos during elections were everywhere on [[TikTok|SOFTWARE]]. My younger sister [[Xóchitl|PERSON]], she's [[19|AGE]], she studies in [[Mexico City|CITY]], she sends me these videos and asks "is it real?" and half the time I don't know either.

AI: Thank you, [[Itzel|PERSON]]. How can we contact you for a follow-up?

User: My [[WhatsApp|SOFTWARE]] is [[nueve siete uno, uno cero ocho, cuarenta y dos, diecisiete|OBF_PHONE|spanish_number_words]], it's from here, from the [[Istmo|CITY]]. I wrote it in words so the bots don't catch it. Or email [[itzel.martinez@semillasistmo.org|EMAIL_ADDRESS]]. On [[Instagram|SOFTWARE]] I'm [[@itzel.binniza|SOCIAL_HANDLE]], but that's more personal, photos of the velas and food.""")

# 12 Poland - community pharmacist
T.append("""AI: Dzień dobry, thanks for joining. Could you introduce yourself?

User: Dzień dobry. I'm [[Agnieszka Wróbel|PERSON]], [[49|AGE]] years old, and I'm a [[community pharmacist|JOB_TITLE]]. I manage a small pharmacy, [[Apteka Pod Złotym Lwem|ORGANIZATION]], in [[Nowa Huta|CITY]], which is a district of [[Kraków|CITY]]. I graduated from [[Collegium Medicum UJ|SCHOOL]] in [[1999|DATE]] and I've been in this pharmacy since [[2008|DATE]]. We are independent, not part of a chain, which these days is rare.

AI: How has AI become part of your work at the pharmacy?

User: It started with the refugees from [[Ukraine|COUNTRY]] in [[2022|DATE]]. Suddenly half the customers spoke Ukrainian and many were older people with chronic diseases, with prescriptions from [[Kharkiv|CITY]] or [[Dnipro|CITY]] and no Polish documents. I used [[Google Translate|AI_PRODUCT]] on the counter, which was chaos. Then my son [[Kuba|PERSON]], who is [[22|AGE]] and studies computer science at [[AGH|SCHOOL]], showed me [[ChatGPT|AI_PRODUCT]] and we made simple leaflets in Ukrainian about how to take insulin, how the [[e-Recepta|SOFTWARE]] system works, things like that. A Ukrainian lady who works for me now, [[Oksana|PERSON]], checked all of them. She said the AI's Ukrainian was "like a textbook from Soviet times" but correct.

AI: Do you use it for anything clinical?

User: Carefully. If a patient comes with five medicines from three different doctors, I check interactions in our pharmacy system, [[KS-AOW|SOFTWARE]], and in the official product characteristics. Sometimes I ask [[ChatGPT|AI_PRODUCT]] to explain a mechanism in simple words so I can explain to the patient, but I never take a dose from it. A pharmacist has personal responsibility, my licence is on the line, not the robot's. Once it told me a drug was available in [[Poland|COUNTRY]] without prescription, and it's not. It was probably thinking of [[Germany|COUNTRY]].

AI: What about patient data?

User: No names, no PESEL numbers, nothing. We are very careful, the [[Chamber of Pharmacists|ORGANIZATION]] sent a letter about it last year. Also my husband [[Marek|PERSON]] is a [[lawyer|JOB_TITLE]], so at dinner I hear about GDPR more than I want. In the pharmacy I have a rule for the staff: you can use AI for texts, posters, emails to wholesalers, but never paste from the patient record. My [[technician|JOB_TITLE]] [[Ewelina|PERSON]] makes our [[Facebook|SOFTWARE]] posts with [[Canva|SOFTWARE]] and AI, "how to survive allergy season," those kind of things. Customers love them.

AI: How do you feel about AI more broadly?

User: Mixed. The big chains will use it to reduce staff, I'm sure. [[Donald Tusk|PUBLIC_FIGURE]] talks about deregulation and digital state, and our health ministry is slow. But for a small pharmacy like mine, it's a helper. Like a very well-read intern who sometimes lies. I read that [[Olga Tokarczuk|PUBLIC_FIGURE]] said something about AI and literature, that it has no soul. I agree, but a pharmacy leaflet doesn't need a soul, it needs to be correct.

AI: Thank you. How can the research team reach you?

User: Email me at [[a.wrobel małpa wp kropka pl|OBF_EMAIL|polish_malpa_kropka]], that's how we say it in Polish, "małpa" is the monkey sign. Or call the pharmacy, but better my mobile: [[６０２ ４１７ ８８３|OBF_PHONE|fullwidth_digits]]. If you need to verify I'm a pharmacist, my licence number, the PWZF, is [[4417/2000|NATIONAL_ID]]. The pharmacy address is [[ul. Ludźmierska 14|ADDRESS]], [[31-980|ADDRESS]] [[Kraków|CITY]], if you want to send something by post.""")

# 13 Ireland - public health nurse
T.append("""AI: Hello, and thank you for joining. Could you tell me a little about what you do?

User: Hello, no bother at all. I'm [[Siobhán Ní Fhlatharta|PERSON]], I'm a [[public health nurse|JOB_TITLE]] with the [[HSE|ORGANIZATION]] in west [[Galway|CITY]], so [[Connemara|CITY]] basically, from [[Clifden|CITY]] out to [[Carna|CITY]]. I'm [[fifty-five|AGE]], I've been a PHN since [[2001|DATE]], and before that I was on the wards in [[University Hospital Galway|ORGANIZATION]], which we all still call the [[Regional|ORGANIZATION|org_nickname]]. Trained in the old [[Galway School of Nursing|SCHOOL]] before it all went to degrees.

AI: What does a typical week look like, and where might AI come in?

User: Typical week, there's no such thing. New babies, the elderly at home, wound care, palliative, school vaccinations sometimes. It's a big rural area, I'd do two hundred kilometres some weeks. AI came in recently. The [[HSE|ORGANIZATION]] rolled out [[Copilot|AI_PRODUCT]] to some staff, and our area got it in the [[spring|GENERIC_TIME]]. I use it mostly for emails and for summarising the policy documents, because the [[HSE|ORGANIZATION]] produces policies like a hen lays eggs. I'd never put a client's details in it. The client notes are still paper, God help us, and some in [[PHIS|SOFTWARE]]. Our [[Director of Public Health Nursing|GENERIC_ROLE]] sent a memo saying no personal data in any AI tool, full stop.

AI: Are there particular clients where you thought it could help?

User: There's a man out near [[Rosmuc|CITY]], I won't say his name, he's [[ninety-three|AGE]] and he speaks Irish mostly. His daughter in [[Boston|CITY]] rings me every week. I was using [[ChatGPT|AI_PRODUCT]] on my own phone to help me word the updates to her in a kind way, without any details that would identify him. Just "your father's leg is healing, the carer is coming twice daily." But I stopped, because honestly you could identify him by the townland and the fact that he's [[ninety-three|AGE]]. Out here everybody knows everybody. If I say "an old man in [[Rosmuc|CITY]] with a daughter in [[Boston|CITY]]," that's him, and the postman knows it.

AI: That's a thoughtful point. Do colleagues feel the same way?

User: Mixed. My colleague [[Gráinne|PERSON]] is all for it, she's younger, she uses it to make posters for the breastfeeding group in [[Oughterard|CITY]]. The [[community RGNs|GENERIC_ROLE]] are a bit wary. And my husband [[Pádraig|PERSON]], or [[Podge|PERSON|nickname]] as he's known, he's a [[fisherman|JOB_TITLE]], he thinks the whole thing is nonsense and he asks me does it know where the mackerel are. I told him ask [[Gemini|AI_PRODUCT]], and he did, and it gave him a lecture about sustainable fishing. He was raging.

AI: Ha. Is there anything nationally that shapes how you think about it?

User: Well the health minister keeps talking about digital health and the electronic record, and [[Leo Varadkar|PUBLIC_FIGURE]] was always on about tech when he was Taoiseach. [[Sally Rooney|PUBLIC_FIGURE]] signed some letter about AI and books, my daughter [[Aoife|PERSON]] told me. I think the real issue is broadband. Half my area can't get a signal, so whatever AI they give us, I'm writing it up in the car in [[Maam Cross|CITY]] at the one spot with coverage.

AI: Thank you, [[Siobhán|PERSON]]. How might the researchers reach you later?

User: My work phone is [[O87 4I2 99O6|OBF_PHONE|letter_substitution]], I've typed it with letters instead of some numbers, sorry, habit from a scam warning. Email is [[siobhan.niflatharta@hse.ie|EMAIL_ADDRESS]]. If they need my NMBI PIN to confirm I'm a registered nurse, it's [[118472|NATIONAL_ID]]. And post to the health centre, [[H91 X2K4|ADDRESS]], will find me eventually.""")

# 14 Japan - city hall public assistance caseworker
T.append("""AI: Konnichiwa, thank you for joining us. Could you introduce yourself?

User: Konnichiwa. I'm [[Takeshi Onodera|PERSON]], I'm [[41|AGE]]. I work at the [[Aoba Ward Office|ORGANIZATION]] of [[Sendai City|ORGANIZATION]], in the public assistance section. My job title is [[caseworker|JOB_TITLE]], in Japanese we say "kēsu wākā". I handle about ninety households receiving welfare, mostly elderly people living alone. I joined the city in [[April 2008|DATE]], after studying at [[Tohoku Gakuin University|SCHOOL]]. Three years later came the earthquake, so a lot of my early career was disaster response in [[Wakabayashi|CITY]] and the coastal areas.

AI: How does AI show up in your section?

User: The city started a trial of generative AI for staff two years ago, it's a [[ChatGPT|AI_PRODUCT]]-based service inside the local government network, so data stays inside. We can use it for drafting documents, summarising meeting records, making explanations for residents. But personal information is prohibited. For case records we use the welfare system, it's a package called [[MCWEL|SOFTWARE]], and there is no AI inside it. My [[section chief|GENERIC_ROLE]] is quite positive, but he's also very careful because of newspaper stories about other cities leaking data.

AI: Can you give an example of where it helped?

User: Yes. Many of my households receive letters from the city that are impossible to understand. Even I sometimes need to read twice! So I use the AI to make "easy Japanese" versions, yasashii nihongo, for elderly people and also for foreign residents. We have some from [[Vietnam|COUNTRY]] and [[Nepal|COUNTRY]] who came as technical interns and then had problems. One Vietnamese man, he was [[28|AGE]], injured at a factory, the explanation of his benefits in easy Japanese plus a machine translation helped him a lot. My colleague [[Kaneko|PERSON]]-san checked the Vietnamese with her friend, because we didn't trust the translation fully.

AI: Are there concerns you or colleagues have raised?

User: Some older staff think it's disrespectful. If a resident gets a letter written by AI, is that sincere? In Japanese public service, sincerity, seii, is important. Also there is worry about accuracy, the AI doesn't know [[Sendai|CITY]]'s specific rules. Once it explained the winter heating allowance using the amounts for [[Hokkaido|CITY]], which are different. [[Kaneko|PERSON]]-san caught it. Personally, I think it saves me maybe thirty minutes a day, and I use that time for home visits, which is the real work. Elderly people living alone, some of them only talk to me in a whole month.

AI: What about outside work, do you use AI at home?

User: My wife [[Yuko|PERSON]] uses it for cooking ideas. My son [[Sota|PERSON]] is [[ten|AGE]], he asks it about baseball statistics, he is crazy about [[Shohei Ohtani|PUBLIC_FIGURE]]. And the government, [[Fumio Kishida|PUBLIC_FIGURE]] talked about AI rules at the G7, which was nice, but in the ward office we still use a lot of hanko stamps and fax machines, honestly.

AI: Thank you. How can the research team contact you?

User: My work email, [[t-onodera＠city.sendai.jp|OBF_EMAIL|fullwidth_at]], please note I wrote the at-mark in full-width, you should change it if you copy. Or the section phone, [[022-225-7211|PHONE_NUMBER]], extension [[4381|PHONE_NUMBER]]. If they need my staff number for the city's research approval, it is [[S-20417|NATIONAL_ID]]. Usually the city requires approval for staff to take part in research, so my [[section chief|GENERIC_ROLE]] already said okay.""")

# 15 USA - special education teacher
T.append("""AI: Hi, thanks for making time at the end of the school day. Could you introduce yourself?

User: Sure, happy to. I'm [[Dana Kowalczyk|PERSON]], I'm a [[special education teacher|JOB_TITLE]], I run a resource room at [[Pueblo Vista Elementary|SCHOOL]] in [[Tucson Unified|ORGANIZATION]], in [[Tucson|CITY]], [[Arizona|CITY]]. I'm [[46|AGE]], I've been teaching since [[2003|DATE]], started in [[Cleveland|CITY]] where I grew up, moved out here in [[2014|DATE]] because my husband got a job at [[Raytheon|ORGANIZATION]]. I got my master's from the [[University of Arizona|SCHOOL]] while teaching full time, which I don't recommend.

AI: How do you use AI in special education?

User: The big one is IEPs, individualized education programs. Each kid has one, and the paperwork is insane. The district licensed [[MagicSchool|AI_PRODUCT]] last year, and it has a tool that drafts measurable goals. So I'll type in something like "third grader, reads at a kindergarten level, strength in oral vocabulary" and it gives me goals and benchmarks. I rewrite them, but it gets me from a blank page to something. It's saved me, honestly, maybe four hours a week. Then everything goes into [[Synergy|SOFTWARE]], which is our student information system, by hand.

AI: What about student privacy?

User: Oh, FERPA is drilled into us. No names, no birthdays, no diagnoses tied to a name. In [[MagicSchool|AI_PRODUCT]] I describe the kid generically. There's one little guy, I'll call him [[J.|PERSON|initial]], he has autism and he's a total genius about trains. I used [[ChatGPT|AI_PRODUCT]] at home to write social stories about train trips, like "when the schedule changes, I can take a deep breath," and he loves them. No names in there. My [[para|JOB_TITLE]], [[Rosalind|PERSON]], she's amazing, she prints them and laminates them. She's been at the school longer than the building has had air conditioning. The one time I slipped up, I pasted a draft progress report into [[Grammarly|SOFTWARE]] and realized afterward the kid's first name was in the header. Nothing happened, but I told our [[IT coordinator|GENERIC_ROLE]] anyway, because I'd want a teacher to tell me if it was my kid. Now I keep a blank template with "Student" in every slot and only fill names in [[Synergy|SOFTWARE]].

AI: How do parents and administrators react?

User: Parents are mixed. One mom asked if a robot wrote her son's IEP and I said no, a robot helped me type faster, I wrote it. That landed okay. Our [[principal|GENERIC_ROLE]] is cautious, the district office is enthusiastic because there's a teacher shortage in [[Arizona|CITY]] and they want us to do more with less. [[Sal Khan|PUBLIC_FIGURE]] came to a conference talking about [[Khanmigo|AI_PRODUCT]] as a tutor for every kid, and I thought, great, but my kids need a human who notices when they haven't eaten breakfast.

AI: Do you share any of this work publicly?

User: A little. I have a [[TikTok|SOFTWARE]], [[@MsKteachesSPED|SOCIAL_HANDLE]], where I post classroom hacks, never kids' faces. And my [[LinkedIn|SOFTWARE]], [[linkedin.com/in/dana-kowalczyk-sped|URL]], because I'm thinking about moving into a district coordinator role. My daughter [[Maddie|PERSON]], she's [[17|AGE]], thinks [[TikTok|SOFTWARE]] teacher is the most embarrassing thing a mom can be.

AI: Thanks, [[Dana|PERSON]]. How can we reach you later on?

User: Best is my cell, [[(520) 555-0172|PHONE_NUMBER]], text first. Email, [[dkowalczyk AT tusd1 DOT org|OBF_EMAIL|caps_at_dot]], I always write it like that on forms. Summer I'm off from [[June|GENERIC_TIME]] to late [[July|GENERIC_TIME]], but I check messages.""")

# 16 Ghana - NGO field officer
T.append("""AI: Good afternoon, and thanks for joining. Please tell me a little about yourself.

User: Good afternoon. My name is [[Fuseini Alhassan|PERSON]], I'm [[33|AGE]] years, and I'm a [[field officer|JOB_TITLE]] with [[Savanna Girls' Education Trust|ORGANIZATION]], we are based in [[Tamale|CITY]], in the [[Northern Region|CITY]]. We work on keeping girls in school, especially in JHS, because that's where many of them drop out, for marriage, for kayayo work in [[Kumasi|CITY]] or [[Accra|CITY]], or simply because of money. I cover [[Savelugu|CITY]] and [[Karaga|CITY]] districts. I studied at [[UDS|SCHOOL]], the [[University for Development Studies|SCHOOL]], and I joined them in [[2016|DATE]].

AI: How does AI come into your fieldwork?

User: Mostly in the office part, which is maybe half of my time, if I'm honest. We collect data with [[KoboCollect|SOFTWARE]] on tablets, attendance, reasons for absence, and then every quarter we must write reports for our donors. One of them is from the [[UK|COUNTRY]], they want everything in a specific template with "learning" and "adaptive management". I use [[ChatGPT|AI_PRODUCT]] to help me turn my field notes into that language. Also I use it to prepare the community durbars, like talking points for the chiefs and imams about why girls should finish school. I write in English and then my colleague [[Patience|PERSON]], she's Dagomba like me but she writes Dagbani much better, she translates. The AI's Dagbani is not there yet. It writes something that looks like Dagbani but no one in [[Karaga|CITY]] would understand it.

AI: Can you tell me about a time it helped, or didn't?

User: It helped with a letter to the [[District Director of Education|GENERIC_ROLE]]. There was a school where the [[headteacher|JOB_TITLE]], Madam [[Gifty|PERSON]], she is very committed, but the school had no latrine for girls, so girls stayed home during their period. I used the AI to structure the letter with the evidence, the attendance numbers, the cost. We got the latrine after four months. That's fast for us! Where it didn't help: I once asked for statistics on child marriage in the north and it gave me a number with a source, and when I looked, the source did not say that. I nearly put it in a proposal. Our [[programme manager|GENERIC_ROLE]], Mr [[Salifu|PERSON]], he caught it and gave me a lecture.

AI: How do you handle the girls' personal information?

User: We have a safeguarding policy, very strict. No names, no photos of faces without consent from parents, and nothing about a girl's case goes into any AI. Sometimes a girl tells us she's being forced to marry. Then we go to the Social Welfare office, the police [[DOVVSU|ORGANIZATION]] unit, and we handle it person to person. Technology doesn't enter there. Even on [[WhatsApp|SOFTWARE]] we don't write the names, we say "the girl from [[Tuesday|GENERIC_TIME]]". The community knows everything, so one careless message can put the girl in danger.

AI: What do you think about AI more generally in [[Ghana|COUNTRY]]?

User: People are excited. The young people in [[Tamale|CITY]] are learning coding, there's a hub near the market. Politicians like [[John Mahama|PUBLIC_FIGURE]] talk about digital jobs. But in the villages, the teachers don't even have textbooks for every child. My wife [[Rahinatu|PERSON]] is a [[midwife|JOB_TITLE]] at the [[Tamale Teaching Hospital|ORGANIZATION]], and she says the same about health. First the basics. I admire [[Kofi Annan|PUBLIC_FIGURE]], he always said technology must serve the people, not the other way.

AI: Thank you. What's the best way to reach you?

User: Phone is best, [[+233 24 418 7720|PHONE_NUMBER]], also [[WhatsApp|SOFTWARE]] on the same number. Email is [[f_alhassan#gmail.com, the hash is the at sign|OBF_EMAIL|hash_for_at]], I write it this way because of spam. Network is bad on [[Wednesdays|GENERIC_TIME]] when I'm in the field, so call in the evening.""")

# 17 Netherlands - municipal income support consultant
T.append("""AI: Goedemiddag, thank you for taking part. Could you tell me about your work?

User: Goedemiddag. I'm [[Gerold Pinas|PERSON]], I'm [[57|AGE]], and I'm a [[consulent werk en inkomen|JOB_TITLE]], so an income support consultant, at the [[Gemeente Rotterdam|ORGANIZATION]]. I handle people on bijstand, social assistance, mostly in [[Feijenoord|CITY]] and [[Charlois|CITY]], south of the river. I was born in [[Paramaribo|CITY]], came to the [[Netherlands|COUNTRY]] when I was [[nine|AGE]], studied at [[Hogeschool Rotterdam|SCHOOL]], and I've been with the municipality since [[1996|DATE]]. So I've seen every reorganisation.

AI: Given your experience, how do you see AI arriving in your work?

User: With a lot of suspicion, and I say that as someone who likes technology. You have to understand the context. [[Rotterdam|CITY]] used an algorithm for years to predict welfare fraud, and journalists found that it scored people higher risk if they were young mothers or didn't speak Dutch well. It was stopped. And of course the toeslagenaffaire, the childcare benefits scandal, where the tax authority destroyed thousands of families. The government fell over it. [[Mark Rutte|PUBLIC_FIGURE]] resigned, then came back, then left for [[NATO|ORGANIZATION]]. So when someone says "AI in social assistance," my clients hear "they're coming for us again."

AI: So how do you actually use it today?

User: Very limited. We have [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] and [[Word|SOFTWARE]] now, the municipal version. I use it to rewrite letters in B1 language, simple Dutch, because our standard letters are written by lawyers for lawyers. I'll put in the template text, no client data, and ask for a version a normal person understands. The case files are in [[Suite4Sociaal Domein|SOFTWARE]], and there's no AI there, thank God. My [[team leader|GENERIC_ROLE]] [[Mieke|PERSON]] and I agree on this: the machine can help with language, not with decisions about who gets money.

AI: Can you describe a situation with a client where the language help mattered?

User: There was a man, Polish, about [[sixty|AGE]], worked in the greenhouses in the [[Westland|CITY]] for twenty years until his back broke down. He got a letter saying his benefit would be "herzien," revised, and he thought it meant stopped. He came to the counter shaking. I made him a simple explanation, then used [[DeepL|AI_PRODUCT]] to put it in Polish, and a colleague who speaks some Polish checked it. Small thing, but he slept that night. That's what I want from technology.

AI: Outside of work, how do you relate to AI?

User: My daughter [[Shanice|PERSON]] is a [[data analyst|JOB_TITLE]] at [[Eneco|ORGANIZATION]], the energy company, and she tells me I'm a dinosaur. My grandson [[Jayden|PERSON]] is [[six|AGE]] and he talks to the voice assistant like it's his friend. I play in a kaseko band on weekends and somebody in the band made a poster with AI that gave the saxophone player three hands. We kept it, it's our logo now.

AI: Thank you, [[Gerold|PERSON]]. How can we reach you for follow-up?

User: Email [[g.pinas apenstaartje rotterdam punt nl|OBF_EMAIL|dutch_apenstaartje]], "apenstaartje" is the little monkey tail, the at-sign. Or mobile [[06 41 88 27 03|PHONE_NUMBER]]. I work [[Monday|GENERIC_TIME]] to [[Thursday|GENERIC_TIME]], [[Friday|GENERIC_TIME]] is my grandson day.""")

# 18 Pakistan - police officer at a service centre
T.append("""AI: Assalam-o-alaikum, and thank you for joining. Could you tell me about yourself?

User: Wa-alaikum assalam. I am [[Sana Batool|PERSON]], I am [[31|AGE]], and I am an [[Assistant Sub-Inspector|JOB_TITLE]] in [[Punjab Police|ORGANIZATION]]. Currently I am posted at the [[Police Khidmat Markaz|ORGANIZATION]] in [[Model Town|CITY]], [[Lahore|CITY]]. It's a service centre where citizens come for character certificates, vehicle verification, tenant registration, lost documents reports. Before that I was at a women police station in [[Gulberg|CITY]]. I did my BA from [[Kinnaird College|SCHOOL]] and joined the force in [[2017|DATE]]. My father was also in police, he retired as an inspector.

AI: How does AI come into your work at the centre?

User: The main systems are government systems, for example tenant registration goes into the [[PSRMS|SOFTWARE]], and there is no AI in that, it's just forms. But many things we write are in English, official letters, reports to the [[SSP|GENERIC_ROLE]] office, and my English writing is okay but slow. So I use [[ChatGPT|AI_PRODUCT]] on my phone to improve the language of letters that don't have personal data, like a circular about new timings or a summary of how many certificates we issued this month. I also used it to make an Urdu and English information sheet for women about how to report online harassment to the [[FIA|ORGANIZATION]] cyber crime wing. The Urdu it wrote was very formal, like a newspaper, so I changed it to simple Urdu.

AI: Do your seniors know you're using it?

User: My [[in-charge|GENERIC_ROLE]], Inspector [[Rashid|PERSON]], knows. At first he said, "Beta, don't let the computer do your job." But then he asked me to use it for his own speech for a school visit! So now he's fine. Officially, there is no policy that I have seen. The department is very focused on technology, there are the [[Safe City|ORGANIZATION]] cameras everywhere in [[Lahore|CITY]], and our Chief Minister [[Maryam Nawaz|PUBLIC_FIGURE]] announces new apps every month, so AI is seen as progress. But no one has told us clearly what data can go where. I follow my own rule: no CNIC numbers, no names, no addresses, no complaint details.

AI: Have you seen problems with AI in police work?

User: Yes, fake content is the biggest. Women come to us because someone made fake pictures of them with AI and is blackmailing them. It's terrible. One girl, she was [[nineteen|AGE]], a student, the family wanted to hide it because of honour, and we had to convince them to file a complaint. I think police need training on this urgently. Also political videos, during the elections everyone was sharing [[Imran Khan|PUBLIC_FIGURE]]'s AI voice speeches from jail, people didn't know what was real.

AI: And in your personal life?

User: My husband [[Adnan|PERSON]] is a [[software engineer|JOB_TITLE]] at [[Systems Limited|ORGANIZATION]], so at home it's AI all day. My daughter [[Hoorain|PERSON]] is [[four|AGE]], she watches cartoons that I think are made by AI, very strange stories. My mother-in-law asks [[ChatGPT|AI_PRODUCT]] for recipes in Punjabi and it gives her Indian recipes, she's not impressed.

AI: Thank you, [[Sana|PERSON]]. How can the team contact you?

User: Please message on [[WhatsApp|SOFTWARE]], [[۰۳۰۰ ۴۵۶۷۸۹۱|OBF_PHONE|urdu_digits]], I wrote it in Urdu numbers, you can convert. Email [[sana.batool.asi@gmail.com|EMAIL_ADDRESS]]. If verification is needed by the department, my belt number is [[LHR-W-2291|NATIONAL_ID]]. Please don't call the [[Khidmat Markaz|ORGANIZATION]] landline, it's only for citizens.""")

# 19 Spain - secondary school teacher
T.append("""AI: Hola, bon dia, thanks for joining. Can you tell me about yourself?

User: Bon dia! I'm [[Núria Castelló Pons|PERSON]], I'm [[43|AGE]], and I'm a [[secondary teacher|JOB_TITLE]] of Valencian and literature at [[IES Lluís Vives|SCHOOL]], in the centre of [[València|CITY]]. I've been a civil servant teacher since [[2009|DATE]], before that I was an interim teacher moving around schools in [[Alicante|CITY]] province. I studied philology at the [[Universitat de València|SCHOOL]]. I live in [[Paiporta|CITY]], which, you might know, was the town most damaged in the DANA floods in [[October 2024|DATE]].

AI: I'm sorry to hear that. How are you and your community doing?

User: Better, thank you. Our ground floor was destroyed, the car too. The school community was incredible. Actually AI came into my life more strongly then, because for weeks I was writing insurance claims, letters to the [[Consorcio|ORGANIZATION]], to the [[Generalitat|ORGANIZATION]], and I used [[ChatGPT|AI_PRODUCT]] to help me with the bureaucratic language. My neighbour, Senyora [[Amparo|PERSON]], she's [[82|AGE]], I did hers too. We sat at the kitchen table with my laptop and mud still on the floor.

AI: How about in the classroom?

User: In the classroom it's a battle. My students in 4th of ESO, they're [[fifteen|AGE]], [[sixteen|AGE]], all of them use AI for homework. You ask for a commentary on a poem by [[Vicent Andrés Estellés|PUBLIC_FIGURE]] and you get ten identical essays with the word "delve". So I changed my method: more writing in class, by hand, and oral presentations. But I also use AI myself, to prepare differentiated materials, reading texts in easier versions for students who arrived recently from [[Colombia|COUNTRY]] or [[Morocco|COUNTRY]] and are learning Valencian and Spanish at the same time. We upload everything to [[Aules|SOFTWARE]], that's the [[Moodle|SOFTWARE]] of the Valencian government, and grades go in [[ITACA|SOFTWARE]].

AI: How do your colleagues feel about it?

User: Divided, like everywhere. The [[maths teacher|JOB_TITLE]], [[Pepe|PERSON|nickname]], he's [[61|AGE]] and he says AI will finish the thinking of young people. My colleague [[Júlia|PERSON]] in the English department is very enthusiastic, she uses [[Gemini|AI_PRODUCT]] to create listening exercises with different accents. Our [[head of studies|GENERIC_ROLE]] wants a common policy for the whole school, and I'm on the committee. The [[Conselleria|ORGANIZATION]] hasn't given clear rules, so each school invents its own. There's also the language issue, AI works much better in Spanish than in Valencian, and for us that matters, it's a question of respect for the language.

AI: What about students' data?

User: That's strict. We can't put names or grades in any external tool. If I want help writing a report for a student with special needs, I describe the situation without identifying anything. I had a girl, let me call her [[Lucía|PERSON|pseudonym]], who stopped coming after the floods because her family lost everything. I used AI to help me write a general protocol for absences after emergencies, not her case. And [[Pedro Sánchez|PUBLIC_FIGURE]] came to the area after the floods and people threw mud at the king and at him, and the students wanted to debate that, with AI fake videos everywhere. It became a whole lesson on media literacy.

AI: Thank you, [[Núria|PERSON]]. How can we contact you later?

User: Email: [[ncastello arroba gva punt es|OBF_EMAIL|arroba_punt]], with "punt" in Valencian, that's the dot. Or my mobile, [[+34 612 48 93 07|PHONE_NUMBER]]. In the afternoons on [[Tuesdays|GENERIC_TIME]] I'm free.""")

# 20 Sweden - assistant nurse in elderly care
T.append("""AI: Hej, thank you for joining. Could you introduce yourself and your work?

User: Hej! I'm [[Amina Warsame|PERSON]], I'm [[39|AGE]], and I work as an [[undersköterska|JOB_TITLE]], assistant nurse, at [[Ålidhem äldreboende|ORGANIZATION]], an elderly care home run by [[Umeå kommun|ORGANIZATION]]. I came to [[Sweden|COUNTRY]] from [[Mogadishu|CITY]] in [[2009|DATE]], learned Swedish at [[Komvux|SCHOOL]] in [[Umeå|CITY]], then I trained as an assistant nurse. I've been at [[Ålidhem|ORGANIZATION]] since [[2015|DATE]]. We have thirty-two residents, most with dementia.

AI: How does AI show up in elderly care?

User: The kommun has tested some things. There's a system with sensors at night, it notices if a resident gets up and doesn't come back to bed, then it alarms on our phones. It's not really "AI" they say, but the salesman called it AI. And for documentation we use [[Lifecare|SOFTWARE]], where we write the daily notes. Swedish is my third language, after Somali and English, and writing notes correctly was stressful for me. Now I sometimes write my sentence and use [[ChatGPT|AI_PRODUCT]] to check the Swedish grammar, but never with the resident's name or anything. Just "the resident was anxious in the evening, we gave a warm drink and sat with him."

AI: What do your colleagues and managers think?

User: My [[unit manager|GENERIC_ROLE]], [[Lotta|PERSON]], said it's okay for language, but we must think about the Patient Data Act, and she asked IT about [[Copilot|AI_PRODUCT]], because the kommun has [[Microsoft 365|SOFTWARE]]. They said wait. My colleague [[Lasse|PERSON]], he's [[63|AGE]], he has worked here since before I was in [[Sweden|COUNTRY]], he doesn't use a smartphone for anything except calling his wife, and he's the best at calming residents. So I always say, AI cannot do what [[Lasse|PERSON]] does. He sings to them, old [[Norrland|CITY]] songs.

AI: Is there a resident or situation where you thought about AI differently?

User: Yes. We had a man, he was a forestry worker all his life, he's [[94|AGE]] now, with dementia, and he speaks only the old dialect from [[Västerbotten|CITY]] when he's upset. The young summer workers don't understand him at all. One of them tried a translation app and it was useless. So I made a list together with his daughter, words he uses when he's in pain, when he's hungry, when he wants to go out. No technology. That list is taped inside his wardrobe door. Sometimes the old method is best.

AI: And outside work, how do you use it?

User: My son [[Abdirahman|PERSON]] is at [[Umeå universitet|SCHOOL]] studying engineering and he uses AI for coding. My daughter [[Hodan|PERSON]] is [[12|AGE]] and she is very worried about climate, she loves [[Greta Thunberg|PUBLIC_FIGURE]], and she says AI uses too much electricity. I think she is right! I also use AI to write messages in Swedish to the school, because the teachers write to parents in very long messages on [[Vklass|SOFTWARE]].

AI: Tack, [[Amina|PERSON]]. How can the research team reach you?

User: My email is [[amina.warsame snabel-a hotmail punkt com|OBF_EMAIL|swedish_snabel_a]], snabel-a is the at-sign in Swedish. Mobile [[070-318 44 26|PHONE_NUMBER]]. I work every other weekend, so [[weekdays|GENERIC_TIME]] in the afternoon are good. Please don't ask for my personnummer, I only give it to the kommun.""")

# 21 Egypt - refugee caseworker
T.append("""AI: Ahlan, and thank you for joining. Could you tell me about yourself and your work?

User: Ahlan biki. I'm [[Mariam Fawzy|PERSON]], I'm [[28|AGE]], and I'm a [[caseworker|JOB_TITLE]] at [[St. Andrew's Refugee Services|ORGANIZATION]], we say [[StARS|ORGANIZATION]], in downtown [[Cairo|CITY]]. I work in the psychosocial and protection team, so our clients are refugees and asylum seekers, mostly from [[Sudan|COUNTRY]] since the war, also [[Eritrea|COUNTRY]], [[South Sudan|COUNTRY]], [[Syria|COUNTRY]]. I studied psychology at [[Cairo University|SCHOOL]] and did a diploma in forced migration at [[AUC|SCHOOL]]. I started in [[January 2021|DATE]].

AI: How does AI come into casework with refugees?

User: Very carefully, because our clients' stories are the most sensitive thing you can imagine. Violence, detention, sometimes torture. None of that goes into any AI, ever. But there are parts of the job where it helps. I use [[ChatGPT|AI_PRODUCT]] to draft general information sheets, like how to renew your yellow card with [[UNHCR|ORGANIZATION]], what to do if the police stop you, how to register a child's birth. I write in English, then we translate into Arabic, Tigrinya, and the Sudanese dialect, which is different from Egyptian Arabic. For the Tigrinya we never trust AI, our interpreter [[Yonas|PERSON]] does it himself.

AI: Are there internal rules about it?

User: There's a data protection policy, and last year our [[protection coordinator|GENERIC_ROLE]] added a page on AI tools. Basically, no client data, and no uploading documents. My [[supervisor|GENERIC_ROLE]], Ustaz [[Karim|PERSON]], he's old school, he says "your notebook is your best friend." Some colleagues used AI to summarise long case notes before a case conference, after removing names, and there was a debate whether that was allowed. The decision was no, because even without names, a story about a woman from a specific town in [[Darfur|CITY]], with three children, arrived in [[May 2023|DATE]], living in [[Ard al-Liwa|CITY]], that's identifiable.

AI: Can you share an example where AI was useful in a way you didn't expect?

User: For myself, for burnout. This job is heavy. I was having nightmares about some of the stories. I used an AI chat at night, just to write what I was feeling, without details of clients. It helped a little, but then I realised I needed a real person, and I started seeing a therapist that the organisation pays for. So I think it was a bridge. Also my colleague [[Nour|PERSON]] uses it to make games for the children's group, like quizzes in Arabic, and the kids love them.

AI: What about outside work?

User: My brother [[Ahmed|PERSON]] is an [[engineer|JOB_TITLE]] in [[6th of October City|CITY]], he is crazy about AI and keeps sending me articles. My father, he's [[67|AGE]], thinks it's all a Western plan. My fiancé [[Omar|PERSON]] and I used it to plan the wedding budget, which was depressing because prices in [[Egypt|COUNTRY]] have doubled. And I follow [[Mohamed Salah|PUBLIC_FIGURE]] like every Egyptian, and there are so many fake AI videos of him saying things he never said.

AI: Thank you, [[Mariam|PERSON]]. How can the research team contact you?

User: Email [[mariam underscore fawzy nine two, on gmail|OBF_EMAIL|spoken_on_provider]], you can put it together. Phone or [[WhatsApp|SOFTWARE]] [[+20 10 2345 6781|PHONE_NUMBER]]. My [[LinkedIn|SOFTWARE]] is [[linkedin.com/in/mariam-fawzy-psych|URL]] if you prefer to message there. Please don't contact me on the [[StARS|ORGANIZATION]] office number, the reception is for clients.""")

# 22 New Zealand - court registry officer
T.append("""AI: Kia ora, thanks for joining. Could you tell me a bit about yourself?

User: Kia ora. I'm [[Aroha Te Whare|PERSON]], I'm [[47|AGE]], and I'm a [[court registry officer|JOB_TITLE]] at the [[Hamilton District Court|ORGANIZATION]], so I work for the [[Ministry of Justice|ORGANIZATION]]. I've been at the court since [[2010|DATE]]. Before that I was a [[teacher aide|JOB_TITLE]] at a kura in [[Te Kūiti|CITY]], which is where my whānau's from. I live in [[Hamilton East|CITY]] now with my two boys. Did a law and society paper at [[Waikato|SCHOOL]] but never finished the degree, kids came along.

AI: What does your day at the registry involve, and where does AI fit?

User: Lots of counter work, filing, scheduling hearings, dealing with people who are often having the worst day of their life. Family court applications, protection orders, criminal stuff. The Ministry's got [[Copilot|AI_PRODUCT]] rolled out on our laptops now, with strict guidance. I use it to draft emails to lawyers and to summarise practice notes when the rules change. Our case management system, [[CMS|SOFTWARE]], has no AI in it. And we are not allowed to put any court information into public tools like [[ChatGPT|AI_PRODUCT]]. That's drummed into us because of suppression orders. If a name is suppressed and it leaks, that's contempt of court, and someone's safety might be on the line.

AI: Have you seen any issues with people using AI in court?

User: Oh yes. We've had self-represented people file documents that were clearly written by AI, citing cases from [[Australia|COUNTRY]] and the [[United States|COUNTRY]] that aren't relevant here, or that don't exist. The judge was kind about it but it wastes everyone's time. One fella, I'll call him Uncle [[T|PERSON|initial]] because that's how he introduced himself, he was [[70|AGE]]-odd, came to the counter with forty pages from [[ChatGPT|AI_PRODUCT]] about his rights under the Treaty. Bless him. I sat with him and helped him find the actual form he needed, it was two pages.

AI: That's a great story. How do your colleagues approach it?

User: Mixed bag. My [[team leader|GENERIC_ROLE]], [[Hemi|PERSON]], loves it, he uses it to plan the rosters. One of the older [[deputy registrars|GENERIC_ROLE]] won't touch it. I'm in between. For me it's about tikanga too, about what's appropriate. Te reo Māori is a taonga, and I'm uncomfortable when AI makes up reo words, because whose knowledge is that? There's a big kōrero about Māori data sovereignty, and I think that's right. I don't want our language trained into some machine overseas without our say.

AI: Any thoughts on the national picture?

User: [[Christopher Luxon|PUBLIC_FIGURE]]'s lot talk about efficiency and cutting public service jobs, and AI gets mentioned as the answer. I remember [[Jacinda Ardern|PUBLIC_FIGURE]] doing that global pledge about online extremism after the mosque attacks, that felt more like leadership on tech. My son [[Tama|PERSON]], he's [[19|AGE]], he's an [[apprentice builder|JOB_TITLE]], he reckons AI won't be swinging a hammer anytime soon, so he's safe.

AI: Ngā mihi, [[Aroha|PERSON]]. How can we reach you afterwards?

User: Mobile's best: [[022 zero 41 88 three 2|OBF_PHONE|mixed_words_digits]], sorry, I type it half in words, habit. Email is [[aroha.tewhare@xtra.co.nz|EMAIL_ADDRESS]]. I'm on [[Instagram|SOFTWARE]] as [[@aroha_weaves|SOCIAL_HANDLE]], mostly my raranga, weaving. If the Ministry needs to confirm I'm staff, my employee ID is [[MOJ-118304|NATIONAL_ID]].""")

# 23 Indonesia - community health centre midwife
T.append("""AI: Selamat siang, thank you for joining. Could you introduce yourself?

User: Selamat siang. My name is [[Dwi Rahayu Lestari|PERSON]], people call me Bu [[Dwi|PERSON]] at work, but just [[Dwi|PERSON]] is fine. I'm [[35|AGE]], and I'm a [[midwife|JOB_TITLE]], a bidan, at [[Puskesmas Umbulharjo I|ORGANIZATION]], that's a community health centre in [[Yogyakarta|CITY]]. I studied at [[Poltekkes Kemenkes Yogyakarta|SCHOOL]] and I became a civil servant in [[2015|DATE]]. I handle antenatal care, family planning, and I supervise the posyandu cadres in three kelurahan.

AI: How has AI come into your work at the Puskesmas?

User: Mostly for health education. I make posters and [[WhatsApp|SOFTWARE]] messages for the pregnant mothers and for the cadres. I use [[ChatGPT|AI_PRODUCT]] to make the first draft, in Indonesian, then sometimes I ask for Javanese, krama, the polite level, for the older mothers-in-law, because in [[Jogja|CITY|city_nickname]] the mother-in-law is often the one who decides. The Javanese from AI is funny sometimes, it mixes levels, so my colleague Mbak [[Sri|PERSON]] corrects it. She is from [[Bantul|CITY]], her Javanese is perfect. For the records we use the national system, [[SatuSehat|SOFTWARE]], and the old [[e-Kohort|SOFTWARE]], no AI there.

AI: What about the privacy of the mothers you care for?

User: We are very strict. No names, no NIK, no addresses into AI. Our [[kepala puskesmas|GENERIC_ROLE]], the head of the health centre, made a rule last year after a case in another city where a health worker posted a patient's data on [[Facebook|SOFTWARE]]. Even in [[WhatsApp|SOFTWARE]] groups with cadres we use initials only. [[Jogja|CITY|city_nickname]] is like a village, everyone knows everyone. If I say "a [[16|AGE]]-year-old pregnant girl in [[Warungboto|CITY]]," people will guess.

AI: Has AI ever surprised you, good or bad?

User: Good surprise: I made a simple calculator with the AI's help in [[Google Sheets|SOFTWARE]] for the cadres to track anemia in pregnant mothers, colours green, yellow, red. The cadres are mostly ibu-ibu, housewives in their fifties, and they loved it. Bad surprise: once a mother showed me advice from an AI app saying she could drink a certain herbal jamu in the third trimester, and it was one we usually tell women to avoid. So now in the class I tell them, "ask the bidan, not the handphone." During the antenatal class every [[Friday|GENERIC_TIME]] morning we even do a small game: I read advice from the internet and the mothers guess if it's true or hoax. They are very competitive, especially the grandmothers. One nenek said she trusts her own mother more than any computer, and honestly, sometimes she is right.

AI: How do you feel about AI in your personal life?

User: My husband, Mas [[Bayu|PERSON]], is a [[lecturer|JOB_TITLE]] at [[UGM|SCHOOL]], and he uses AI for research, he talks about it at dinner until I fall asleep. Our daughter [[Kirana|PERSON]] is [[seven|AGE]]. On the news [[Prabowo|PUBLIC_FIGURE]] talks about free meals and digital, and [[Jokowi|PUBLIC_FIGURE]] before him also liked technology a lot. But in the Puskesmas we still have a printer that only works if you hit it.

AI: Terima kasih, [[Dwi|PERSON]]. How can the research team reach you?

User: Email [[dwi.rahayu.bidan [at] gmail [titik] com|OBF_EMAIL|indonesian_titik]], "titik" means dot. [[WhatsApp|SOFTWARE]] [[0812-2738-4491|PHONE_NUMBER]]. If there is an official letter to the Puskesmas, they will ask my NIP, that's [[19890412 201503 2 004|NATIONAL_ID]]. Please after four in the afternoon, the morning is full of mothers.""")

# 24 France - municipal librarian
T.append("""AI: Bonjour, and thanks for joining. Could you introduce yourself?

User: Bonjour. I'm [[Bastien Morel|PERSON]], [[38|AGE]], and I'm a [[bibliothécaire|JOB_TITLE]], a librarian, for the [[Bibliothèque municipale de Lyon|ORGANIZATION]]. I work at the [[médiathèque de Vaise|ORGANIZATION]], in the [[ninth arrondissement|CITY]] of [[Lyon|CITY]], and I'm responsible for the digital services and adult programming. I trained at the [[Enssib|SCHOOL]], the national library school in [[Villeurbanne|CITY]], and I've been with the city since [[2013|DATE]]. Before that I was a bookseller in [[Grenoble|CITY]].

AI: How has AI changed things at the médiathèque?

User: The biggest change is the questions from the public. Since [[ChatGPT|AI_PRODUCT]] came out, people arrive with lists of books that don't exist. Really! A student came asking for a sociology book, the title, the author, everything, and it was invented. We now have a little sign at the information desk: "Your AI recommended a book? Let's check together." We also run workshops, "L'IA sans panique", every [[first Saturday of the month|GENERIC_TIME]]. Lots of retired people come, and also parents worried about their kids.

AI: Do you use AI tools yourself in your work?

User: Yes, a bit. The city tested [[Le Chat|AI_PRODUCT]] from [[Mistral|AI_PRODUCT]], because it's French and there's a political wish for "digital sovereignty." I use it for writing the programme descriptions and for summarising long reports from the ministry. For the catalogue we have [[Koha|SOFTWARE]], no AI there, and honestly the metadata work still needs humans. Our [[conseillère numérique|JOB_TITLE]], [[Yasmine|PERSON]], does a lot of one-to-one help with people's online admin, the [[CAF|ORGANIZATION]], the tax declaration, [[Ameli|SOFTWARE]], and she uses AI to explain letters in simple French, but never with the person's documents inside.

AI: Can you describe a user interaction that stayed with you?

User: An older gentleman, a regular, Monsieur [[Lefèvre|PERSON]], he's [[84|AGE]] and a retired silk weaver, a canut, from the [[Croix-Rousse|CITY]] family tradition. He wanted to write his memoirs for his grandchildren but his hands shake. We tried dictation with an AI transcription tool on a library tablet, and it worked beautifully. He speaks, it writes, then he corrects with [[Yasmine|PERSON]]. He has sixty pages now. He calls the tablet "la petite secrétaire." That's the kind of use I love. The difficult part was the recordings themselves. The tool sends audio to a server somewhere, so before we started I checked with our data protection officer at the city, and we agreed to delete each file as soon as the text is corrected. Monsieur [[Lefèvre|PERSON]] found all this very funny, he said at his age his secrets are mostly about cheese.

AI: What worries you, if anything?

User: The authors. Our job is to defend creation, and these models were trained on books without permission. I agree with the writers who protested. And the concentration of power, [[Arthur Mensch|PUBLIC_FIGURE]] and [[Sam Altman|PUBLIC_FIGURE]] deciding the future of reading, I don't love that. [[Emmanuel Macron|PUBLIC_FIGURE]] hosted that big AI summit in [[Paris|CITY]] and talked about investment, but nobody invited librarians. My partner [[Inès|PERSON]] is a [[translator|JOB_TITLE]], and she lost half her clients in two years. So for us at home it's not abstract.

AI: Merci, [[Bastien|PERSON]]. How can the team reach you?

User: Email [[bastien point morel arobase bm-lyon point fr|OBF_EMAIL|french_arobase_point]], "arobase" is the at. Or my mobile, [[zéro six, douze, trente-quatre, quatre-vingt-un, soixante-dix-huit|OBF_PHONE|french_number_words]]. I'm on [[Mastodon|SOFTWARE]] as [[@bmorel@piaille.fr|SOCIAL_HANDLE]], where I post about libraries.""")

# 25 Chile - municipal social worker
T.append("""AI: Hola, thanks for joining. Could you tell me about yourself and your work?

User: Hola, ¿cómo estás? I'm [[Constanza Riquelme Soto|PERSON]], everyone calls me [[Coni|PERSON|nickname]]. I'm [[30|AGE]], and I'm a [[trabajadora social|JOB_TITLE]], a social worker, at the [[Municipalidad de Valparaíso|ORGANIZATION]], in the [[Dirección de Desarrollo Comunitario|ORGANIZATION]], we call it [[Dideco|ORGANIZATION]]. I work with older adults on the cerros, mostly [[Playa Ancha|CITY]] and [[Cerro Cordillera|CITY]]. I studied at the [[PUCV|SCHOOL]] and I've been at the municipality since [[March 2020|DATE]], so I started literally the week of the pandemic lockdown.

AI: What a time to start. How does AI come into your work?

User: First, the paperwork. Everything in [[Chile|COUNTRY]] depends on the [[Registro Social de Hogares|SOFTWARE]], which is the database that says how vulnerable a household is, and it's managed in a platform of the Ministry. No AI there. But I write a lot of social reports, informes sociales, for housing subsidies, for pensions, for the courts sometimes. I use [[ChatGPT|AI_PRODUCT]] to help me structure the argument, without names or RUT, and then I write the final one myself in [[Word|SOFTWARE]]. My [[jefa|GENERIC_ROLE]], [[Marcela|PERSON]], is okay with it, she says "the content is yours, the commas can be the robot's."

AI: Is there a moment where AI helped in an unexpected way?

User: Yes, after the fires in [[February 2024|DATE]], in [[Viña del Mar|CITY]] and [[Quilpué|CITY]], many people from [[Valparaíso|CITY]] had family there who lost everything. We were overwhelmed. I used AI to quickly make simple guides, "how to apply for the emergency bonus," in simple Spanish and also in Haitian Creole, because we have many Haitian neighbours on the cerros. My colleague [[Wilner|PERSON]], who is Haitian, corrected the Creole, he said it was "understandable but like a robot priest." We printed them and took them up the hills on foot because the micros weren't running.

AI: How do your users, the older adults, relate to AI?

User: They are afraid, mostly of scams. Lots of calls pretending to be a grandson in trouble, with voices that sound real. We did a workshop with the club de adulto mayor in [[Playa Ancha|CITY]]. One lady, Señora [[Rosa|PERSON]], [[79|AGE]] years old, told everyone she answers unknown numbers by singing a cueca until they hang up. Best security method I've heard. I also want to say, they are very curious. One señor asked me to show him how to ask AI about [[Gabriela Mistral|PUBLIC_FIGURE]]'s poems, and then he corrected the AI because he knew them by heart.

AI: And in your personal life, or the wider politics?

User: [[Gabriel Boric|PUBLIC_FIGURE]] talked about a national AI policy, and [[Chile|COUNTRY]] is supposedly a leader in the region, but in the municipality we still have computers older than my nephew. My girlfriend [[Javi|PERSON|nickname]] is a [[kinesióloga|JOB_TITLE]], physiotherapist, and she uses AI apps for exercise plans, and we argue about whether it's safe. My mom, she's [[58|AGE]], uses it to write messages to her [[WhatsApp|SOFTWARE]] group of cousins in [[Temuco|CITY]].

AI: Thank you, [[Coni|PERSON|nickname]]. How can the research team contact you?

User: Email [[coni.riquelme.ts@gmail.com|EMAIL_ADDRESS]]. My phone: [[+56 9 ➑➐➌➊ ➍➋➒➎|OBF_PHONE|dingbat_digits]], I wrote it with those round numbers so the bots don't read it. If the municipality requires my RUT for the research agreement, it's [[17.845.302-6|NATIONAL_ID]], but please keep it private.""")

write_set(T, "set_bf")

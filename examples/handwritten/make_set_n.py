# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for making time today. To start, could you tell me a bit about your role and where you work?

User: sure! so im [[Katarzyna Wróbel|PERSON]], everyone calls me [[Kasia|PERSON|nickname]], im a [[postdoctoral researcher|JOB_TITLE]] in a structural biology group at [[Utrecht University|SCHOOL]]. originally from [[Poland|COUNTRY]], did my PhD at [[Jagiellonian University|SCHOOL]] in [[Kraków|CITY]] and moved to [[Utrecht|CITY]] in [[September 2021|DATE]]. our PI is Prof. [[Maarten van der Berg|PERSON|particle_name]] and day to day i work with [[Femi Adeyemi|PERSON]] and [[Lotte Hoekstra|PERSON]], the other two postdocs.

AI: Thanks, [[Kasia|PERSON]]. Where does AI come into your day-to-day work in the lab?

User: mostly [[AlphaFold|AI_PRODUCT]] for structure predictions before we commit to expensive cryo-EM time, and [[ChatGPT|AI_PRODUCT]] for python scripts to clean up output from [[PyMOL|SOFTWARE]] and [[RELION|SOFTWARE]]. me, [[Femi|PERSON|name_list]] and [[Lotte|PERSON|name_list]] keep a shared prompt doc in [[Notion|SOFTWARE]]. [[Maarten|PERSON]] is a bit sceptical, he always says "a prediction is a hypothesis, not a result", which honestly is fair.

AI: You mentioned [[Femi|PERSON]] and [[Lotte|PERSON]]. Do they use these tools the same way you do?

User: no no, [[Femi|PERSON]] uses it for literally everything, even emails to [[the facility manager|GENERIC_ROLE]]. last month he pasted a whole thread into [[Claude|AI_PRODUCT]] to summarise and the header was still in it, like
From: [[Maarten van der Berg|PERSON|email_header]] <[[m.vanderberg-lab@structbio-uu.nl|EMAIL_ADDRESS]]>
Sent: [[Tuesday 5 March 2024|DATE]] 08:52
To: [[Femi Adeyemi|PERSON|email_header]]; [[Katarzyna Wróbel|PERSON|email_header]]
Cc: [[J.P. de Wit|PERSON|initials]]
plus the signature with [[Maarten|PERSON]]'s mobile, [[+31 6 4127 8830|PHONE_NUMBER]]. nothing secret but it felt wrong, its a public tool.

AI: Did that lead to any rules in the group?

User: yes, [[J.P.|PERSON|initials]] is our [[lab manager|JOB_TITLE]] and he made a rule after: no pasting email threads with personal stuff into public chatbots, we use the [[Copilot|AI_PRODUCT]] that the uni licenses instead. for grant writing too, we had an [[NWO|ORGANIZATION]] deadline in [[January|GENERIC_TIME]] and nobody was allowed to put unpublished data into anything external.

AI: How do you feel about that rule personally?

User: mixed. i get it. but the licensed one is slower and worse at code. also people at other institutes dont have these rules, I have a friend at [[EMBL|ORGANIZATION]] in [[Heidelberg|CITY]], [[Ahmet Kaya|PERSON]], and his group runs everything through [[Gemini|AI_PRODUCT]] no questions asked. i think [[Europe|CONTINENT]] will end up with a patchwork.

AI: Is there anything else you'd want us to know?

User: only that the hype is weird from inside a lab, everyone quotes [[Demis Hassabis|PUBLIC_FIGURE]] like structure is solved, its not. if you want to follow up im [[34|AGE]], not hard to find, [[kasia dot wrobel at proton dot me|OBF_EMAIL|spelled_at_dot]] or on [[bluesky|SOFTWARE]] as [[@kwrobel-cryo.bsky.social|SOCIAL_HANDLE]].""")

T.append("""AI: Habari, and thank you for joining. Can you tell me about your work?

User: Thank you. My name is [[Wanjiru Mwangi|PERSON]], I am [[fifty two|AGE]] years, I work as [[field extension officer|JOB_TITLE]] for [[Gikondi Dairy Farmers Co-operative Society|ORGANIZATION]] in [[Nyeri|CITY]] county. I have been with the society [[since 2014|DATE]]. We have around 3,000 members, most of them small farmers with two or three cows.

AI: Thanks, [[Wanjiru|PERSON]]. How are you using AI tools in that job?

User: Mostly on my phone. I use [[ChatGPT|AI_PRODUCT]] to help me write the training notes in simple English and also Kikuyu, then my colleague [[Kamau|PERSON]] checks the Kikuyu because the machine makes funny mistakes. For example it told farmers to feed napier grass "with love" haha. Also we tried [[PlantVillage Nuru|AI_PRODUCT]] for checking maize diseases, it is good for fall armyworm.

AI: Who else in the co-operative is involved?

User: Me, [[Kamau|PERSON|name_list]] and [[Otieno|PERSON|name_list]] are the extension team. [[Otieno Ouma|PERSON]] he is the one who handles milk collection records in [[Excel|SOFTWARE]], and the payments go through [[M-Pesa|SOFTWARE]]. [[the manager|GENERIC_ROLE]] wanted to use AI to predict which members will default on the feed loans, but I said no, you cannot just give the machine people's names and their national ID like that. Once I saw [[Otieno|PERSON]] paste a member form with ID [[28471936|NATIONAL_ID]] into a chatbot to "fix the spelling". I told him stop!

AI: That sounds like an important moment. How did the others react?

User: [[Otieno|PERSON]] was embarrassed but it was good lesson. Now we remove names first. Mzee [[Kariuki Gathogo|PERSON]], the [[chairman|JOB_TITLE]], he is old school, he said write it on paper. Also my daughter [[njeri|PERSON|lowercase_name]] who is at [[Dedan Kimathi University|SCHOOL]] showed me how to make the farmer names into numbers before using the tool.

AI: Has the AI changed how farmers relate to the co-operative?

User: Some of the young farmers like it. They ask questions on [[WhatsApp|SOFTWARE]] and I answer faster. But the old mzees want to see a person. In [[the long rains|GENERIC_TIME]] season everybody is busy, so AI helps me prepare messages in the evening. Government also talking about digital agriculture, [[William Ruto|PUBLIC_FIGURE]] said it in a speech, but the network in the villages is still poor.

AI: Thank you. Is there any way you would like to be reached for follow-up?

User: Yes you can call me, [[zero seven two two, four one eight, five five three|OBF_PHONE|digits_as_words]], or the office. Please not on [[Sunday|GENERIC_TIME]] because I am in church at [[PCEA Mathari|ORGANIZATION]]. Thank you very much, it is good that someone is asking about [[Africa|CONTINENT]] farmers also.""")

T.append("""AI: Thanks for joining. Could you start by telling me what you do?

User: yeah no worries. Im [[Gareth Pritchard|PERSON]] but literally nobody calls me that, its [[Gaz|PERSON|nickname]]. [[44|AGE]], [[night shift manager|JOB_TITLE]] at [[Northgate Fulfilment|ORGANIZATION]], big ambient warehouse out at [[Unit 14, Heyford Close|ADDRESS]], [[Daventry|CITY]] [[NN11 4QX|ADDRESS]]. we do third party logistics for a few retailers, lot of health and beauty.

AI: Thanks, [[Gaz|PERSON]]. How does AI show up on the warehouse floor?

User: mostly its in the software not the people. our WMS is [[Manhattan SCALE|SOFTWARE]] and it does slotting suggestions, the labour planning bit uses some machine learning thing from the vendor. me personally i use [[ChatGPT|AI_PRODUCT]] on my phone for writing up incident reports cos my spelling is shocking. and [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for the shift productivity sheets.

AI: Who do you work with most closely?

User: team leaders on nights are [[Bogdan Nowak|PERSON]], [[Precious Okafor|PERSON]] and [[Jack Turnbull|PERSON]]. [[Jack|PERSON]] is the one who got us all onto it actually, he used it to rewrite the pallet jack training so the agency lads could follow it. loads of our agency staff are from [[Romania|COUNTRY]] and [[Poland|COUNTRY]] so [[Bogdan|PERSON]] had it translate the safety briefings, then [[Kwame Boateng|PERSON]] from H&S checked them over.

AI: Has anything gone wrong with it?

User: one time yeah. [[Precious|PERSON]] put an accident report in with the lad's full name and his NI number, [[JT 48 29 61 B|NATIONAL_ID]], cos she wanted it to fill the RIDDOR form. [[the site GM|GENERIC_ROLE]] went mad. fair enough. now we've got a one page do and dont sheet on the canteen wall. [[Precious|PERSON]]'s fine about it now, she laughs about it.

AI: How do you feel about AI and jobs in warehousing more broadly?

User: honest answer? nervous. you see the robot videos from [[Amazon|ORGANIZATION]] and [[Jeff Bezos|PUBLIC_FIGURE]] going on about automation and you think, what happens to my lads. but the way we use it now its more like a clever clipboard. peak season from [[Black Friday|GENERIC_TIME]] to [[Christmas|GENERIC_TIME]] we couldnt cope without the forecasting. [[my ops director|GENERIC_ROLE]] says no ones getting replaced, we'll see.

AI: Thank you. Anything else, or a way to reach you for follow up?

User: text is best, [[0 7 7 0 0 - 9 0 0 - 6 3 2|OBF_PHONE|spaced_digits]], or message me, im on [[linkedin|SOFTWARE]] as [[linkedin.com/in/gaz-pritchard-3pl|URL]]. dont ring during the day im asleep lol.""")

T.append("""AI: Hola, thanks for taking part. Could you introduce yourself and your work?

User: Hola! I am [[Inmaculada de la Cruz Ortega|PERSON|particle_name]], but everybody say [[Inma|PERSON|nickname]]. I am [[38|AGE]] and I am [[senior sales agent|JOB_TITLE]] in [[Hogares Costa del Sol|ORGANIZATION]], a small estate agency in [[Málaga|CITY]], we have the office near the centre and other one in [[Marbella|CITY]]. Many of [[my clients|GENERIC_ROLE]] are from [[United Kingdom|COUNTRY]], [[Sweden|COUNTRY]] and [[Germany|COUNTRY]], buying holiday flats.

AI: Thanks, [[Inma|PERSON]]. How do you use AI in the agency?

User: A lot for descriptions of the properties. I write in Spanish very fast, then [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] make the English and Swedish versions for [[Idealista|SOFTWARE]] and [[Rightmove|SOFTWARE]]. My colleague [[Francisco Jiménez|PERSON]], [[Paco|PERSON|nickname]] we call him, he uses [[Midjourney|AI_PRODUCT]] for virtual staging, putting nice sofas in empty flats. I am not so sure it is honest but [[the clients|GENERIC_ROLE]] love it.

AI: Can you tell me about a specific case where AI helped or caused problems?

User: Yes, last [[October|GENERIC_TIME]] a British couple, Mr and Mrs [[Henderson|PERSON]], they wanted the flat in [[Calle Cuarteles 27, 2º B|ADDRESS]], [[29002|ADDRESS]]. [[Paco|PERSON]] asked [[ChatGPT|AI_PRODUCT]] to write the reservation email and he pasted everything, their passport numbers and the NIE of Mr [[Henderson|PERSON]], [[X-4821736-L|NATIONAL_ID]]. [[Lucía Navarro|PERSON]], our [[office administrator|JOB_TITLE]], she saw it and she was very angry, because of the GDPR, you know. After that [[the director|GENERIC_ROLE]] said we only use AI for texts of the flats, never client data.

AI: How did [[Paco|PERSON]] take that?

User: [[Paco|PERSON]] is [[Paco|PERSON]], he said "pero si es más rápido" but he accept. [[Lucía|PERSON]] made a checklist in our CRM [[Inmovilla|SOFTWARE]]. Honestly for me the AI is like a junior, helpful but you check everything. Also for the [[summer|GENERIC_TIME]] rentals in [[August|GENERIC_TIME]] we use it to answer the same questions one hundred times, where is the parking, where is the beach.

AI: Do you think AI will change the job of estate agents?

User: Some parts yes. The portals already use AI for price estimation, but a Swedish family wants to meet a person, to see the light in the flat. That cannot be a robot. I read something from [[Elon Musk|PUBLIC_FIGURE]] saying all jobs will disappear, I think he never sold a flat in [[Andalusia|CITY]], haha.

AI: Thank you, [[Inma|PERSON]]. If we want to follow up, how can we contact you?

User: Yes, write me to [[inma punto delacruz arroba hogarescostadelsol punto es|OBF_EMAIL|foreign_words]], or the office phone. Con mucho gusto.""")

T.append("""AI: Good afternoon, and thanks for joining. Could you tell me about yourself and your organisation?

User: Good afternoon. I'm [[Chidinma Okeke-Balogun|PERSON|hyphenated]], [[programme manager|JOB_TITLE]] at [[BrightPath Girls Foundation|ORGANIZATION]]. We're a small NGO in [[Yaba|CITY]], [[Lagos|CITY]], supporting girls from low income homes to stay in secondary school. I've been there [[since 2018|DATE]], before that I was with [[Access Bank|ORGANIZATION]] for five years, banking was killing me lol.

AI: Thanks, [[Chidinma|PERSON]]. Where does AI come into your work?

User: Grant writing mainly. Our [[executive director|GENERIC_ROLE]] is brilliant but we are four people doing the work of twenty. Me, [[Tunde|PERSON|name_list]] and [[Funmi|PERSON|name_list]] use [[ChatGPT|AI_PRODUCT]] to draft proposals and [[Grammarly|AI_PRODUCT]] to clean them. [[AK|PERSON|initials]], that's [[Akinwale Kolawole|PERSON]], does our M&E and he uses it to summarise survey data from [[KoboToolbox|SOFTWARE]].

AI: Could you give an example of a recent task?

User: Sure. Two weeks ago [[Tunde Bakare|PERSON]] forwarded me a thread from [[a donor|GENERIC_ROLE]], I'll just paste the top so you see how it comes:
From: [[Tunde Bakare|PERSON]] <[[tunde.bakare@brightpathgirls.org|EMAIL_ADDRESS]]>
Sent: [[14 May 2024|DATE]] 10:31
To: [[Chidinma Okeke-Balogun|PERSON]]
Cc: [[Funmilayo Adebayo|PERSON|email_header]]; [[AK|PERSON]]
Subject: FW: Q2 report template
The donor wanted a case study, so [[Funmi|PERSON]] wrote one about one of our girls, [[Blessing|PERSON]], she's [[fifteen|AGE]], lives in [[Makoko|CITY]]. [[Funmi|PERSON]] put the full story in [[ChatGPT|AI_PRODUCT]] with [[Blessing|PERSON]]'s surname and school to make it "more emotional". I had to stop that one. We now change the names and take out the school.

AI: How did the team respond to that change?

User: [[Funmi|PERSON]] was a bit defensive at first, she said donors like real stories. But [[Funmilayo|PERSON]] also has a daughter so when I asked her would you want your daughter's life on some American server she understood. [[AK|PERSON]] then built a little checklist. [[Tunde|PERSON]] still forgets sometimes, [[Tunde|PERSON]]'s emails are a disaster generally hahaha.

AI: What do you think AI means for NGOs like yours?

User: It is levelling a bit. Big organisations like [[UNICEF|ORGANIZATION]] have proposal teams, we have [[ChatGPT|AI_PRODUCT]]. But also the AI writes like an American, everything is "empower" and "journey". [[Chimamanda Ngozi Adichie|PUBLIC_FIGURE]] has this talk about the single story, I think of it when the AI flattens our girls into one sad story.

AI: Thank you, [[Chidinma|PERSON]]. Is there a way to reach you for follow-up?

User: Yes, [[WhatsApp|SOFTWARE]] me on [[0803 four five two 7781|OBF_PHONE|mixed_words_digits]]. My office line is in our signature anyway, [[+234 1 295 4410|PHONE_NUMBER]]. Thank you!""")

T.append("""AI: Hi there, thanks for joining. Can you tell me a bit about yourself and what you do?

User: No bother. I'm [[Seán Ó Riordáin|PERSON|particle_name]], [[39|AGE]], I teach maths at [[Coláiste na Trá|SCHOOL]] in [[Carrigaline|CITY]], and the rest of my life goes into [[Carrigdown GAA|ORGANIZATION]] where I'm [[under-14 hurling coach|JOB_TITLE]] and club secretary since [[2019|DATE]]. Mad busy.

AI: Thanks, [[Seán|PERSON]]. Where does AI come into the club side of things?

User: Two places really. First the admin, I use [[ChatGPT|AI_PRODUCT]] for the newsletter and the lotto notices and all that, and the AGM minutes. Second is the video. We got a [[Veo|AI_PRODUCT]] camera through a grant from [[Cork County Council|ORGANIZATION]] and it follows the ball on its own, then I clip bits for the lads. [[Declan Hurley|PERSON]], my assistant coach, does the stats in [[ClubZap|SOFTWARE]].

AI: How do the players and parents react to that?

User: Mostly grand. [[Declan|PERSON]] is a bit of a jack of all trades, he sorted consent forms for the filming. One parent, [[Aoife Ní Bhriain|PERSON|particle_name]], she's a solicitor, she asked where the footage is stored and honestly I didn't know, had to ask [[Veo|AI_PRODUCT]]'s support. [[Aoife|PERSON]] was right to ask, they're kids. Her young lad [[Jack|PERSON]] is one of our best hurlers, he's [[thirteen|AGE]], and she didn't want him on some server in [[America|COUNTRY]].

AI: That's a fair concern. What did you change after that?

User: We put the footage policy on the club website and [[Declan|PERSON]]'s wife [[Máire|PERSON]] who works in IT for [[Apple|ORGANIZATION]] in [[Hollyhill|CITY]] went through the settings with us. Also I stopped putting kids names into [[ChatGPT|AI_PRODUCT]] for the newsletter. I used to type "[[Jack Delaney|PERSON]] scored 2-3" and have it write a nice match report. Now I write it myself or use jersey numbers.

AI: Do you see AI changing coaching itself?

User: Ah a small bit. The pros are way ahead, you hear about [[Liverpool|ORGANIZATION]] using AI for set pieces. I'd love that for puckouts haha. But hurling at under-14 is about getting lads to turn up on a wet [[Tuesday|GENERIC_TIME]] in [[November|GENERIC_TIME]]. No AI for that. [[Roy Keane|PUBLIC_FIGURE]] would say the same, preparation is attitude, fail to prepare and all that.

AI: Thanks, [[Seán|PERSON]]. Is there anything you'd want to add, or a good way to reach you?

User: Only that clubs need guidance, the [[GAA|ORGANIZATION]] has nothing on it yet I think. Email me at [[seanoriordain[at]eircom[dot]net|OBF_EMAIL|bracket_at_dot]] or post to the club, [[Carrigdown GAA Grounds, Ballinrea Road|ADDRESS]], [[Carrigaline|CITY]], [[P43 X2K7|ADDRESS]]. I hope that helps.""")

T.append("""AI: Hello po, thank you for your time. Can you tell me about your work?

User: Hello! I'm [[Maria Joy Villanueva|PERSON]], but just call me [[Joy|PERSON|word_name]]. I'm [[29|AGE]], I'm the [[parish secretary|JOB_TITLE]] of [[San Roque Parish|ORGANIZATION]] in [[Talisay|CITY]], [[Cebu|CITY]]. I handle baptism and wedding records, mass intentions, the schedule of Fr. [[Jun de los Reyes|PERSON|particle_name]] our parish priest, and also our [[Facebook|SOFTWARE]] page. Its a lot but I find joy in it, pun intended haha.

AI: Thanks, [[Joy|PERSON]]. How do you use AI tools in the parish office?

User: I use [[ChatGPT|AI_PRODUCT]] for the announcements in English and Cebuano, and [[Canva|SOFTWARE]] for the posters with the [[Magic Write|AI_PRODUCT]]. Ate [[Marites Gonzaga|PERSON]] who is in charge of the choir she asks me to make the lineup. And Kuya [[Boyet|PERSON|nickname]] our sacristan, he doesn't trust it, he says the devil is in the computer hahaha.

AI: And how does your parish priest feel about it?

User: Fr. [[Jun|PERSON]] is okay with it as long as the homily is still his. Once he tried, he asked [[ChatGPT|AI_PRODUCT]] for a homily about [[Pope Francis|PUBLIC_FIGURE]] and the environment, then he said it was "too smooth, no soul". So now he only uses it for the parish bulletin. During [[Holy Week|GENERIC_TIME]] and [[Simbang Gabi|GENERIC_TIME]] it really helps me because there are so many schedules.

AI: Have you had any concerns about privacy with the records?

User: Yes. The baptism certificates have the full names of parents and godparents. One time a volunteer, [[Kristel Abellana|PERSON]], she typed a whole baptismal record into [[ChatGPT|AI_PRODUCT]] to translate for a family in [[Canada|COUNTRY]], with the birthday [[3 February 2023|DATE]] and the names of the baby and parents. I told her we cannot do that. Now we only use the [[ParishSoft|SOFTWARE]] and I do it by hand.

AI: How did the volunteers respond?

User: [[Kristel|PERSON]] said sorry naman, she didn't know. I made a small seminar after mass, me, [[Kristel|PERSON|name_list]] and [[Marites|PERSON|name_list]]. My brother [[paolo|PERSON|lowercase_name]] who is IT at [[Accenture|ORGANIZATION]] in [[Cebu IT Park|CITY]] helped me prepare slides.

AI: That's a great initiative. Is there anything else you'd like to share, or a way to contact you?

User: Thank you po! You can message the parish page [[facebook.com/sanroquetalisayofficial|URL]] or my own number [[zero nine one seven, tatlo lima dalawa, 8 8 0 4|OBF_PHONE|foreign_words]]. God bless!""")

T.append("""AI: Assalamualaikum, and thank you for joining. Could you tell me about your role?

User: Waalaikumussalam. My name is [[Mohd Faizal bin Abdul Rahman|PERSON|particle_name]], [[46|AGE]] years old. In the day I am [[quantity surveyor|JOB_TITLE]] at [[Rahman & Lee Associates|ORGANIZATION]], a small QS firm, and in the evenings and weekends I am the [[committee secretary|JOB_TITLE]] for [[Masjid Al-Hidayah|ORGANIZATION]] in [[Taman Melawati|CITY]], [[Kuala Lumpur|CITY]].

AI: Thank you, [[Faizal|PERSON]]. Where do you use AI, at the firm or at the mosque?

User: Both lah. At the firm, I use [[Copilot|AI_PRODUCT]] to check bills of quantities in [[Excel|SOFTWARE]], my partner [[Lee Chong Wei|PUBLIC_FIGURE]]... no no, haha, not the badminton player, my partner is [[Lee Kah Meng|PERSON]], we always joke about the name. For the mosque, I use [[ChatGPT|AI_PRODUCT]] to draft letters to the [[JAWI|ORGANIZATION]] and to the residents, and to make the [[Ramadan|GENERIC_TIME]] iftar roster.

AI: Who else on the committee is involved in this work?

User: Ustaz [[Hakim Zulkifli|PERSON]] does the kuliah, he checks everything that is religious, because AI sometimes give wrong hadith, very dangerous. Puan [[Nurul Aini binti Hassan|PERSON|particle_name]] is our treasurer, she uses [[SQL Accounting|SOFTWARE]] and she refused AI totally. And Encik [[Lim|PERSON]] from the residents association, non-Muslim but very helpful for the gotong-royong, he asks me to write the [[WhatsApp|SOFTWARE]] messages in Malay and English.

AI: Have there been any difficulties?

User: Yes one. For the zakat assistance list, Puan [[Nurul|PERSON]] had the names with IC numbers, like [[850917-10-5523|NATIONAL_ID]], and one young committee member wanted to put it into [[ChatGPT|AI_PRODUCT]] to make a nice table. I said no, this is amanah, trust. Ustaz [[Hakim|PERSON]] agreed. Now the list only stays in the office computer.

AI: How do you think the jemaah feel about AI in the mosque?

User: The young ones ok, the pakcik makcik a bit worried. Some say [[Anwar Ibrahim|PUBLIC_FIGURE]] is pushing AI for the country so it must be good, some say it is fitnah. For me it is a tool like a calculator. Every [[Friday|GENERIC_TIME]] after Jumaat people still come to talk to the committee face to face, that will not change.

AI: Thank you. Is there a way we can reach you for follow-up?

User: Can. Email [[faizal titik rahman di gmail titik com|OBF_EMAIL|foreign_words]], or mosque office at [[No. 12, Jalan Melawati 3|ADDRESS]], [[Taman Melawati|CITY]], [[53100|ADDRESS]] [[Kuala Lumpur|CITY]]. Phone [[0 1 2 - 3 8 8 4 7 1 0|OBF_PHONE|spaced_digits]]. Terima kasih.""")

T.append("""AI: Namaste, thanks for joining. Could you introduce yourself and your work?

User: Namaste. I am [[Sunil Deshpande|PERSON]], everyone calls me [[Sunny|PERSON|word_name]], [[41|AGE]], I am the [[office manager|JOB_TITLE]] of [[Shree Siddhivinayak Mandir Trust|ORGANIZATION]] in [[Kothrud|CITY]], [[Pune|CITY]]. Before this I was in [[Infosys|ORGANIZATION]] for 12 years, then I took this because my father was a trustee and honestly corporate life was not sunny for me.

AI: Thanks, [[Sunny|PERSON]]. How does AI fit into running a temple office?

User: Mostly accounts and communication. Donation receipts have to be 80G compliant so we collect PAN of donors. We use [[Tally|SOFTWARE]] for accounts, and I use [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for writing notices in Marathi, Hindi and English. For [[Ganeshotsav|GENERIC_TIME]] we get thousands of devotees and the volunteers schedule I make with AI help.

AI: Who do you work with on this?

User: [[Rohan Kulkarni|PERSON]] is my accounts assistant, very sharp boy, [[24|AGE]] only. [[Vaishali Joshi|PERSON]] handles the volunteers. And the [[head pujari|JOB_TITLE]], [[Govind Shastri|PERSON]], he is 70 plus, he does not touch phone even. [[Rohan|PERSON]] one day uploaded the donor [[Excel|SOFTWARE]] to [[ChatGPT|AI_PRODUCT]] to find duplicates, it had PAN numbers like [[BQKPS4821L|NATIONAL_ID]] and the name of a big donor, Mrs [[Meenakshi Iyer|PERSON]]. I nearly had heart attack yaar.

AI: What happened after that?

User: I explained to [[Rohan|PERSON]], not shouting, he is young. The trust board was informed. [[Vaishali|PERSON]] suggested we use initials only, like "[[M.I.|PERSON|initials]] 51,000 rupees". Now [[Rohan|PERSON]]'s rule is, PAN never leaves [[Tally|SOFTWARE]]. Also I read about the new data protection law, DPDP, so we are careful.

AI: How do devotees respond to technology in the temple?

User: Mixed. UPI donations on [[Paytm|SOFTWARE]] and [[PhonePe|SOFTWARE]] is now normal, even aajis use it. But AI for religion, people are unsure. There was a news about AI aarti and people got angry. [[Narendra Modi|PUBLIC_FIGURE]] talks about digital India, fine, but devotion is human. On a sunny [[Sunday|GENERIC_TIME]] morning you will see 500 people here and nobody is thinking about AI.

AI: Thank you, [[Sunny|PERSON]]. How can we contact you for a follow-up?

User: Mail me, [[sunny.deshpande at the rate gmail dot com|OBF_EMAIL|at_the_rate]], or temple office [[020 2543 8812|PHONE_NUMBER]]. Address is [[Survey No. 44/2, Paud Road|ADDRESS]], [[Kothrud|CITY]], [[Pune|CITY]] [[411038|ADDRESS]]. Jai Ganesh!""")

T.append("""AI: Hi, thanks so much for joining today. Could you tell me a bit about yourself and your work?

User: Hi! I'm [[Bongiwe Dlamini|PERSON]], [[Bongi|PERSON|nickname]] is fine. I'm [[twenty-seven|AGE]] and I'm a [[veterinary nurse|JOB_TITLE]] at [[Moreleta Vet Clinic|ORGANIZATION]] in [[Pretoria|CITY]] east. Qualified at [[Onderstepoort|SCHOOL]] in [[2019|DATE]]. We're a small animal practice, mostly dogs and cats, sometimes a tortoise or a snake lol.

AI: Thanks, [[Bongi|PERSON]]. How is AI used in your practice?

User: So Dr [[Pieter du Plessis|PERSON|particle_name]], he owns the practice, he started using an AI scribe last year, it listens in the consult and writes the notes into [[ezyVet|SOFTWARE]]. It's called [[ScribeVet|AI_PRODUCT]]. I use [[ChatGPT|AI_PRODUCT]] for client handouts, like post-op care in English and isiZulu and Afrikaans. And our [[receptionist|JOB_TITLE]] [[Thandeka Mokoena|PERSON]] uses [[Otter|AI_PRODUCT]] for the staff meetings.

AI: How do clients feel about the scribe recording consults?

User: Most don't mind if we ask. But one client, Mrs [[Naidoo|PERSON]], she's a lawyer, she asked if her voice goes overseas. Dr [[Pieter|PERSON]] didn't actually know! That was a bit embarrassing. Then [[Thandeka|PERSON]] found out the client file in [[ezyVet|SOFTWARE]] has ID numbers because for big bills we do payment plans, like [[8104125123087|NATIONAL_ID]], and the scribe sometimes reads that out loud into the notes.

AI: What did the practice do about that?

User: [[Thandeka|PERSON]] and me made a little sign at reception in three languages. And Dr [[du Plessis|PERSON|particle_name]] now switches the scribe off when we talk money. Also our other vet, Dr [[Ayesha Patel-Moosa|PERSON|hyphenated]], refuses to use it at all, she says she types faster than it. [[Ayesha|PERSON]]'s notes are honestly the best in the practice so fair.

AI: Has AI changed your workload?

User: A bit less admin, yes. But with load shedding half the time the wifi is down and the scribe is useless haha. And clients google everything and bring [[ChatGPT|AI_PRODUCT]] answers, "it said my dog has cancer", then it's a tick bite. I worry for young vets, the [[South African Veterinary Council|ORGANIZATION]] needs to say something about AI.

AI: Thanks, [[Bongi|PERSON]]. Anything else you'd like to add, or a way to follow up?

User: Only that animals can't give consent so we must be extra careful with the owners' stuff. You can [[WhatsApp|SOFTWARE]] me, [[082 five five one 43 nine 0|OBF_PHONE|mixed_words_digits]], or [[bongi.dlamini.vn@gmail.com|EMAIL_ADDRESS]]. I'm also on [[insta|SOFTWARE]] as [[@bongi_thevetnurse|SOCIAL_HANDLE]] posting cat pics lol.""")

T.append("""AI: Hello, and thanks for taking the time. Could you tell me about your job?

User: Sure. [[Marc-André Gagnon|PERSON|hyphenated]], I'm [[41|AGE]], [[aircraft maintenance engineer|JOB_TITLE]], M1 and M2 licences, working at [[Red River Air Services|ORGANIZATION]] out of [[Winnipeg|CITY]]. We fly turboprops up to the northern communities in [[Manitoba|CITY]] and [[Nunavut|CITY]]. I did my training at [[Red River College|SCHOOL]] and I've been on the hangar floor [[since 2009|DATE]].

AI: Thanks, [[Marc-André|PERSON]]. Where does AI come into aircraft maintenance for you?

User: Carefully, is the short answer. Regulated industry, everything goes through the approved maintenance manual and [[Transport Canada|ORGANIZATION]] rules, so no chatbot is telling me how to torque anything. But for the paperwork side, I use [[Copilot|AI_PRODUCT]] to draft tech log summaries and defect trend reports from [[TRAX|SOFTWARE]] exports. My lead hand [[Gurpreet Sandhu|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to study for his type endorsement.

AI: Who else in the hangar is using these tools?

User: The younger guys, mostly. [[Will Okonkwo|PERSON]] is an apprentice, [[22|AGE]], super keen, he will ask [[ChatGPT|AI_PRODUCT]] anything. I had to tell [[Will|PERSON|word_name]] straight up, you can use it to understand a system but you never sign off off a chatbot. [[Dmitri Volkov|PERSON]] is the opposite, 30 years in, he calls it "the toy". Our [[quality manager|JOB_TITLE]] [[Sharon Beaulieu|PERSON]] wrote a one page policy in [[January 2023|DATE]] after [[an auditor|GENERIC_ROLE]] asked about it.

AI: What did that policy say?

User: Basically three things. No AI output goes into a certifying document. No customer or crew personal info in public tools. And anything AI generated in a report gets flagged. The second one came from something real, [[Sharon|PERSON]] found that somebody pasted a crew training record with [[a pilot|GENERIC_ROLE]]'s name and his SIN, [[512 884 309|NATIONAL_ID]], into a chatbot to reformat it. That's the kind of thing that ends up in a news story.

AI: How do you personally feel about AI in aviation going forward?

User: Predictive maintenance is real, the big carriers like [[Air Canada|ORGANIZATION]] already use engine health monitoring with machine learning, that's good stuff. But up north in [[February|GENERIC_TIME]] at minus forty you're fixing a de-ice boot with your hands. [[Elon Musk|PUBLIC_FIGURE]] can say whatever he wants about robots, I'll believe it when a robot changes a starter-generator in [[Rankin Inlet|CITY]].

AI: Thank you, [[Marc-André|PERSON]]. Is there a good way to reach you for follow-up?

User: Work email's fine, [[marc-andre.gagnon@redriverair.ca|EMAIL_ADDRESS]], or my cell [[204-555-0187|PHONE_NUMBER]]. My [[linkedin|SOFTWARE]] is [[linkedin.com/in/magagnon-ame|URL]] too. [[Dmitri|PERSON]] would kill me for doing an AI interview by the way, don't tell him.""")

T.append("""AI: Olá, thank you for participating. Could you introduce yourself?

User: Olá! I am [[João Victor dos Santos|PERSON|particle_name]], [[36|AGE]] years, I am [[geotechnical engineer|JOB_TITLE]] at [[Vale|ORGANIZATION]], I work in the iron ore complex in [[Itabira|CITY]], [[Minas Gerais|CITY]]. I studied at [[UFOP|SCHOOL]], the mining school in [[Ouro Preto|CITY]], and I am in the company since [[março de 2015|DATE]].

AI: Obrigado, [[João|PERSON]]. How does AI appear in your work?

User: After the dam tragedy in [[January 2019|DATE]] everything changed about monitoring of tailings dams. Now we have a lot of sensors, piezometers, radar, and there is machine learning to detect anomalies. Me I use more [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] to write Python for the data from [[GeoStudio|SOFTWARE]] and to translate reports to English for [[the auditors|GENERIC_ROLE]]. My english is not perfect as you see haha.

AI: Who do you work with on the monitoring?

User: My team is me, [[Ana Paula Ferreira|PERSON|name_list]] and [[Zé Carlos|PERSON|nickname]]. [[Zé|PERSON|nickname]] is [[José Carlos Moreira|PERSON]] actually, he is the [[monitoring technician|JOB_TITLE]], he knows every instrument since 20 years. [[Ana Paula|PERSON]] is the data scientist, she built the anomaly model. And we have Dona [[Cida|PERSON|nickname]], the secretary, she controls everything haha, nobody pass without Dona [[Cida|PERSON]].

AI: Have you seen any problems with using these tools?

User: Sim. Once an intern, [[Gabriel Tavares|PERSON]], put in [[ChatGPT|AI_PRODUCT]] a list of the contractors with CPF numbers, like [[412.887.306-15|NATIONAL_ID]], to make a table for access control. [[Ana Paula|PERSON]] saw and she reported to compliance. It was a big discussion, because [[Vale|ORGANIZATION]] has policy with the internal tool only, we have an internal GPT now. [[Gabriel|PERSON]] was scared but nobody was fired, it was a learning moment.

AI: What do you think about AI and safety in mining more broadly?

User: It can help a lot, but the responsibility is human. In the [[rainy season|GENERIC_TIME]], from [[November|GENERIC_TIME]] to [[March|GENERIC_TIME]], we are nervous all the time, and the model is one more pair of eyes. But [[Zé|PERSON]] always say "o sensor não vai pra cadeia", the sensor does not go to prison, the engineer goes. Even [[Lula|PUBLIC_FIGURE]] talked about responsibility of the companies. I agree.

AI: Thank you, [[João|PERSON]]. How can we contact you for follow-up?

User: You can write me, [[jvsantos.geo arroba gmail ponto com|OBF_EMAIL|foreign_words]], or [[WhatsApp|SOFTWARE]] [[trinta e um, nove nove oito, 4 4 1, 2 0 7|OBF_PHONE|foreign_words]]. Abraço!""")

T.append("""AI: Hiya, thanks for joining. Could you tell me a bit about yourself and your job?

User: hiya! so im [[Amber Hollis|PERSON|word_name]], [[26|AGE]], [[assistant store manager|JOB_TITLE]] at [[Frill & Thread|ORGANIZATION]], its an indie boutique in the [[Northern Quarter|CITY]] in [[Manchester|CITY]], [[41 Oldham Street|ADDRESS]], [[M1 1JG|ADDRESS]] if u ever fancy it lol. womenswear, bit of vintage, lots of local designers.

AI: Thanks, [[Amber|PERSON]]. How do you use AI in the shop?

User: loads tbh. product descriptions for [[Shopify|SOFTWARE]] i do with [[ChatGPT|AI_PRODUCT]], like "amber knit cardigan, oversized, rose gold buttons" and it makes it sound nice. our [[instagram|SOFTWARE]] [[@frillandthread_mcr|SOCIAL_HANDLE]] is all me, i use [[Canva|SOFTWARE]] and sometimes [[Midjourney|AI_PRODUCT]] for moodboards. my own [[tiktok|SOFTWARE]] is [[@amberdoesfits|SOCIAL_HANDLE]], thats more personal styling stuff.

AI: Who else do you work with?

User: the owner is [[Rose Achterberg|PERSON|word_name]], shes dutch originally, amazing eye, hates AI lol. [[Mark Ellison|PERSON|word_name]] does our books and ecommerce two days a week, [[Mark|PERSON]] loves it, he made a chatbot for the website returns. and theres [[Priyanka|PERSON]] and [[Chloe|PERSON]] on the shop floor, both at [[Manchester Met|SCHOOL]] doing fashion. [[Rose|PERSON]] says the AI makes all shops sound the same and tbh shes right, every boutique now writes "elevated essentials" haha.

AI: Has anything gone wrong or surprised you?

User: once [[Mark|PERSON]]'s chatbot gave a customer a refund policy we dont even have lol, it made up "60 days no questions". we had to honour it. also i pasted a customer complaint email into [[chatgpt|AI_PRODUCT]] once with her name and address and phone, [[07700 900 514|PHONE_NUMBER]], and [[Rose|PERSON]] went mad. fair, it was a bit daft of me. i do mark it now with initials like "customer [[L.B.|PERSON|initials]]" before i paste.

AI: How do you see AI changing fashion retail?

User: the big guys like [[Zara|ORGANIZATION]] and [[ASOS|ORGANIZATION]] already use it for trends and sizing. i think for small shops its survival honestly, we cant afford a copywriter. but people come to us for the human bit, like when [[Harry Styles|PUBLIC_FIGURE]] wore a pearl necklace and everyone wanted one, you cant predict that with a model, you have to just feel it. also [[Black Friday|GENERIC_TIME]] with AI pricing tools from the big chains is brutal for us.

AI: Thank you, [[Amber|PERSON]]. Anything else, or a way to reach you for follow up?

User: nah thats it really! email is [[amber.hollis AT frillandthread DOT co DOT uk|OBF_EMAIL|caps_at_dot]]. amber alert if u dont hear back lol i check it like once a week.""")

T.append("""AI: Guten Tag, and thanks for joining. Could you tell me about your role?

User: Guten Tag! I am [[Annika Schulze-Hartmann|PERSON|hyphenated]], [[31|AGE]], I work as [[biological technical assistant|JOB_TITLE]], what we call MTA or BTA, in a cell biology lab at the [[Max Planck Institute for Multidisciplinary Sciences|ORGANIZATION]] in [[Göttingen|CITY]]. Before I trained at a vocational school in [[Hannover|CITY]] and I am here since [[2017|DATE]].

AI: Thanks, [[Annika|PERSON]]. Where does AI come up in your daily work?

User: For me mostly [[DeepL|AI_PRODUCT]] because the lab language is English and my English writing was weak, now it is better. And [[ChatGPT|AI_PRODUCT]] for macros in [[Fiji|SOFTWARE]] for image analysis. Our group leader Prof. Dr. [[Hüseyin Yılmaz|PERSON]] is very open, he even uses [[Elicit|AI_PRODUCT]] for literature. The PhD students use it constantly, [[Ling Zhao|PERSON]] and [[Anh Khoa Nguyen|PERSON]], we call him [[AK|PERSON|initials]].

AI: You mentioned [[Ling|PERSON]] and [[AK|PERSON]]. How do they use it?

User: [[Ling|PERSON]] writes all her analysis code with [[GitHub Copilot|AI_PRODUCT]], she says she is three times faster. [[AK|PERSON]] is more careful, he checks everything because once [[ChatGPT|AI_PRODUCT]] invented a reference, a paper that does not exist, with real authors! That was a scandal in our lab meeting. [[Hüseyin|PERSON]] then said every citation must be checked in [[PubMed|SOFTWARE]] by hand.

AI: Are there any privacy or data rules in your lab around AI?

User: Yes, the institute data protection officer sent a guidance. For us the sensitive thing is not patients, we have mouse and cell lines, but personal data of staff. For example my onboarding, HR asked for my Steuer-ID, [[47 036 892 815|NATIONAL_ID]], and a colleague wanted to use [[ChatGPT|AI_PRODUCT]] to fill the German forms for a new Indian postdoc, Dr. [[Priya Raghunathan|PERSON]]. Anyway the rule now is: only the [[Max Planck|ORGANIZATION]] internal chatbot for anything with names.

AI: How do you feel about the future of AI for technical staff like you?

User: Honestly a bit worried. Robots for pipetting exist already, and the lab automation people talk like we are not needed. But who maintains the robot, who sees the cells look unhappy? I read [[Christian Drosten|PUBLIC_FIGURE]] said once that lab experience cannot be downloaded. I hope that is true.

AI: Thank you, [[Annika|PERSON]]. How can we reach you for a follow-up?

User: Gerne. Write to [[annika.sh ät posteo punkt de|OBF_EMAIL|foreign_words]] or post to [[Lindenweg 14|ADDRESS]], [[37077|ADDRESS]] [[Göttingen|CITY]]. Tschüss!""")

T.append("""AI: Hi, thanks for joining us. Tell me a little about yourself and your work?

User: Sure thing. I'm [[Bill Hanssen|PERSON|word_name]], [[58|AGE]], [[agronomy manager|JOB_TITLE]] at [[Prairie Ridge Cooperative|ORGANIZATION]], we're a farmer-owned co-op out of [[Story City|CITY]], [[Iowa|CITY]]. Grain elevators, agronomy, feed, fuel. I got my ag degree from [[Iowa State|SCHOOL]] back in the day and grew up on a corn and soybean farm near [[Roland|CITY]].

AI: Thanks, [[Bill|PERSON]]. How does AI show up at the co-op?

User: Mostly it's baked into the precision ag stuff. [[Climate FieldView|SOFTWARE]] and the [[John Deere Operations Center|SOFTWARE]] give you yield maps and prescriptions, and there's machine learning under the hood. Personally I use [[ChatGPT|AI_PRODUCT]] to write up the agronomy newsletter and sometimes to explain a new herbicide label in plain English. My co-worker [[Frank Dvořák|PERSON|word_name]], he's our [[feed nutritionist|JOB_TITLE]], uses it to balance rations, which makes me nervous to be frank.

AI: Why nervous about that?

User: Because [[Frank|PERSON]] trusts it too much. He had it spit out a dairy ration once and it had the wrong mineral levels, would've run up a big vet bill for the member. Thankfully [[Maggie Schultz|PERSON]] in the office caught it. [[Maggie|PERSON]] is our [[member services rep|JOB_TITLE]] and honestly she catches everything.

AI: What about member data? How do you handle that?

User: That's the sticky part. Our members' field data, their yields, that's their business. A young agronomist, [[Tyler Nguyen|PERSON]], he's [[24|AGE]], uploaded a spreadsheet with member names, acres and account numbers into some free AI tool to make a summary for [[the board|GENERIC_ROLE]]. [[the general manager|GENERIC_ROLE]] had a fit. We now have a rule, anything with names or account numbers stays in [[Agvance|SOFTWARE]]. [[Tyler|PERSON]]'s a good kid, he just didn't think.

AI: How do you see AI changing farming in your area?

User: It's coming fast. My son [[jake|PERSON|lowercase_name]] farms with us, he's [[thirty|AGE]], and he's all in on drones and see-and-spray. But after the [[2012|DATE]] drought and the derecho in [[August 2020|DATE]], you learn the weather doesn't care about your model. [[Tom Vilsack|PUBLIC_FIGURE]] can talk about climate-smart ag all he wants on TV, out here in [[spring|GENERIC_TIME]] it's mud and planting windows.

AI: Thanks, [[Bill|PERSON]]. Is there a good way to follow up with you?

User: Call the office or my cell, [[five one five, five five five, oh one four two|OBF_PHONE|digits_as_words]]. Or email [[bhanssen at prairieridgecoop dot com|OBF_EMAIL|spelled_at_dot]]. Happy to help anytime but not during harvest, in [[October|GENERIC_TIME]] I won't pick up, I guarantee it.""")

T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Hello sir/madam. I am [[Rakesh Yadav|PERSON]], age [[35|AGE]], [[warehouse operations manager|JOB_TITLE]] with [[Shreeji Logistics Pvt Ltd|ORGANIZATION]]. Our main warehouse is at [[Gala No. 7, Building B-3, Rajlaxmi Complex|ADDRESS]], [[Kalher|CITY]], [[Bhiwandi|CITY]] [[421302|ADDRESS]], near [[Mumbai|CITY]]. We do fulfilment for ecommerce, our biggest client is [[Myntra|ORGANIZATION]], also some FMCG.

AI: Thanks, [[Rakesh|PERSON]]. How is AI used in your warehouse?

User: See, the WMS we use is [[Unicommerce|SOFTWARE]], it has some forecasting. Me personally I am using [[ChatGPT|AI_PRODUCT]] daily, for making SOPs, for replying to client escalation mails, for [[Excel|SOFTWARE]] formulas. My shift in-charge [[Pinky Sharma|PERSON]] uses it for making the manpower plan. During [[Diwali|GENERIC_TIME]] sale season volume becomes 4x so planning is very critical.

AI: Who else on your team uses it?

User: Me, [[Pinky|PERSON|name_list]] and [[Venkat|PERSON|name_list]] mostly. [[Venkatesh Iyer|PERSON]] is our [[inventory controller|JOB_TITLE]], he is from [[Chennai|CITY]], he uses [[Gemini|AI_PRODUCT]] because he says it is better with [[Google Sheets|SOFTWARE]]. And [[Salim|PERSON]] bhai, [[Salim Qureshi|PERSON]], our senior-most supervisor, he cannot read English much so [[Pinky|PERSON]] made [[ChatGPT|AI_PRODUCT]] translate all SOPs into Hindi and Marathi for him and the loaders.

AI: Have there been any issues with using these tools?

User: One big issue. For contract labour we have to keep KYC, Aadhaar and all. One day the HR guy, [[Nilesh|PERSON]], he uploaded the full labour list to some free AI website for making ID cards, it had Aadhaar numbers like [[5821 4470 9936|NATIONAL_ID]]. When [[Myntra|ORGANIZATION]]'s audit team came to know they were very upset, because DPDP law is coming. After that we did training, [[Nilesh|PERSON]] got warning letter. Now any personal data, no AI, only our internal systems.

AI: How do the workers feel about AI and automation?

User: Honestly they are scared. They see videos of robots in [[China|COUNTRY]] warehouses. I tell them in [[Bhiwandi|CITY]] we have 40 degree heat, power cuts, rain flooding in [[monsoon|GENERIC_TIME]], robots will not survive here haha. But seriously, [[Mukesh Ambani|PUBLIC_FIGURE]] and all are investing in automation so in 10 years it will change. [[Pinky|PERSON]]'s view is that supervisors who know AI will survive, others not.

AI: Thank you, [[Rakesh|PERSON]]. Anything else, or a way to contact you?

User: Yes sure, mail id is [[rakesh.yadav(at)shreejilogistics(dot)in|OBF_EMAIL|paren_at_dot]] or mobile [[98201 44637|PHONE_NUMBER]]. I did my MBA from [[Mumbai University|SCHOOL]] distance mode, you can also find me on [[LinkedIn|SOFTWARE]] as [[linkedin.com/in/rakesh-yadav-scm|URL]]. Thank you so much.""")

T.append("""AI: Hi, thanks for joining. Could you tell me about yourself and your work?

User: Of course! I'm [[Grace Oyelaran-Mitchell|PERSON|hyphenated]], I'm a [[property manager|JOB_TITLE]] with [[Peachtree Residential Partners|ORGANIZATION]] here in [[Atlanta|CITY]]. I oversee four apartment communities, about 900 units total, mostly in [[Decatur|CITY]] and [[Brookhaven|CITY]]. I'm [[thirty-eight|AGE]], been in property management since [[2011|DATE]], and I have a degree from [[Georgia State|SCHOOL]].

AI: Thanks, [[Grace|PERSON]]. How do you use AI in property management?

User: Oh, everywhere now. Our platform is [[Yardi|SOFTWARE]], and there's an AI leasing assistant built in that answers prospect texts at 2am. I use [[ChatGPT|AI_PRODUCT]] and [[Claude|AI_PRODUCT]] to draft notices, lease violation letters, that kind of thing. My leasing lead, [[Summer Collins|PERSON|word_name]], she uses it for all our social posts, especially in [[summer|GENERIC_TIME]] when move-ins are crazy.

AI: Who else on your team do you work with closely?

User: [[Summer|PERSON]], like I said, and our [[maintenance supervisor|JOB_TITLE]] [[Jesús Ramírez|PERSON]], everyone calls him [[Chuy|PERSON|nickname]]. [[Chuy|PERSON]] uses the translate feature to talk to residents who speak Vietnamese, we have a lot of Vietnamese families at one property, like Mrs [[Nguyễn Thị Hoa|PERSON]] who's been there twelve years. And my regional, [[Darnell Whitaker|PERSON]], he's the one pushing AI on all of us.

AI: Have you run into problems?

User: Yes, a real one. Rental applications have SSNs, and one of [[my assistant managers|GENERIC_ROLE]], I won't say who, pasted an application into [[ChatGPT|AI_PRODUCT]] to "summarize the applicant", with the SSN [[431-58-2290|NATIONAL_ID]] and the current address, [[2150 Briarcliff Rd NE, Apt 4C|ADDRESS]], [[Atlanta|CITY]], [[GA|CITY]] [[30329|ADDRESS]]. I found out during a file audit. That's a fair housing and privacy nightmare. [[Darnell|PERSON]] said we needed an AI policy by the end of the week, and we did. Basically, no applicant or resident personal info in any public tool. AI can't be used to screen or score anyone, that's a fair housing issue. And there's a grace period of 30 days for everyone to finish training. I wrote most of it with [[Claude|AI_PRODUCT]], which I know is ironic. [[Summer|PERSON]]'s joke was that [[Claude|AI_PRODUCT]] should sign it too.

AI: How do you see AI changing your industry?

User: The big REITs are already using AI pricing and there's lawsuits about that, you've probably seen the news about [[RealPage|ORGANIZATION]]. I'm uneasy. Residents are people, not units. [[Warren Buffett|PUBLIC_FIGURE]] always says buy what you understand, I'd say use what you understand.

AI: Thank you, [[Grace|PERSON]]. Is there a way to follow up with you?

User: Sure, [[grace.om@peachtreeresi.com|EMAIL_ADDRESS]] or the office, [[404-555-0163|PHONE_NUMBER]]. [[Tuesdays|GENERIC_TIME]] and [[Thursdays|GENERIC_TIME]] are best.""")

T.append("""AI: Hello, and thank you for making time. Could you tell me about your role?

User: Thank you for having me. I'm [[Achieng Otieno|PERSON]], [[grants and partnerships officer|JOB_TITLE]] at [[Kilele Refugee Support Trust|ORGANIZATION]]. We're based in [[Eastleigh|CITY]], [[Nairobi|CITY]], and we work with urban refugees from [[Somalia|COUNTRY]], [[South Sudan|COUNTRY]] and the [[DRC|COUNTRY]]. I joined in [[August 2019|DATE]] after my masters at [[Strathmore University|SCHOOL]].

AI: Thanks, [[Achieng|PERSON]]. Where does AI fit in your work?

User: Reporting to donors is the big one. [[UNHCR|ORGANIZATION]] and the EU partners want long reports, so I use [[ChatGPT|AI_PRODUCT]] to structure drafts and [[Power BI|SOFTWARE]] with the [[Copilot|AI_PRODUCT]] features for charts. My colleague [[Abdirahman Yusuf|PERSON]], we call him [[Abdi|PERSON|nickname]], he is our [[case management lead|JOB_TITLE]], he uses it for translating between Somali and English.

AI: Tell me more about how [[Abdi|PERSON]] uses it.

User: [[Abdi|PERSON]] is very careful actually. He never puts case files in. But we had a volunteer, [[Layla al-Rashid|PERSON|particle_name]], a Sudanese law student, very kind, who pasted a family's protection story into [[ChatGPT|AI_PRODUCT]] to make it shorter for a referral. It had names, the refugee ID [[RAS-254-0087731|NATIONAL_ID]], the estate where they stay. [[Layla|PERSON]] did not know. For refugees this is life and death, some are hiding from people back home.

AI: How did the organisation respond?

User: Our director, Dr. [[Joseph Okello|PERSON]], called a full staff meeting. Dr. [[Okello|PERSON]] is calm but that day he was not calm. We now have what we call the "no names rule". [[Abdi|PERSON]] and me wrote a short guide, and [[Layla|PERSON]] helped translate it into Arabic, she actually became our biggest champion after.

AI: What do you think about AI in humanitarian work more broadly?

User: There is a lot of hype in [[Europe|CONTINENT]] and the [[US|COUNTRY]] about AI for humanitarian response, and a lot of the tools are not built for us. Language models are weak in Somali and Dinka. [[Kofi Annan|PUBLIC_FIGURE]] used to say that the people affected must be at the centre, and I think about that. AI saves me maybe a day every week, which is great, but it should not touch the people's stories without consent.

AI: Thank you, [[Achieng|PERSON]]. Is there a way to reach you for follow-up?

User: Yes, [[achieng[dot]otieno[at]kilele[dot]or[dot]ke|OBF_EMAIL|bracket_at_dot]], or on X I am [[@achieng_grants|SOCIAL_HANDLE]]. Office is [[7th Street, Plot 112|ADDRESS]], [[Eastleigh|CITY]]. We are closed on [[Fridays|GENERIC_TIME]] afternoon.""")

T.append("""AI: Oi, thanks for joining. Could you tell me about yourself and what you do?

User: Oi! I'm [[Rafael Nogueira|PERSON]], everyone say [[Rafa|PERSON|nickname]]. [[33|AGE]] years, I'm [[head coach|JOB_TITLE]] of the under-17 futsal team at [[Clube Atlético Vila Mariana|ORGANIZATION]] in [[São Paulo|CITY]]. I studied physical education at [[USP|SCHOOL]] and I coach [[since 2014|DATE]], before that I played, not very good haha.

AI: Thanks, [[Rafa|PERSON]]. How do you use AI in coaching?

User: Video, mostly. We film all games and use [[Hudl|SOFTWARE]] to cut clips, and there is AI tagging now. I use [[ChatGPT|AI_PRODUCT]] to plan the training sessions, like "give me 5 drills for pressing in 3x2", then I adapt. My assistant [[Kauã Ribeiro|PERSON]] uses [[Gemini|AI_PRODUCT]] to make the physical reports for [[the parents|GENERIC_ROLE]] in Portuguese and English because some players have scouts from [[Spain|COUNTRY]] and [[Portugal|COUNTRY]] watching.

AI: Tell me about the players and how they react to that.

User: They love it. [[Thiaguinho|PERSON|nickname]], that is [[Thiago Alves|PERSON]], our pivot, he asks [[ChatGPT|AI_PRODUCT]] about nutrition all the time lol. [[Dudu|PERSON|nickname]], [[Eduardo Lima|PERSON]], goalkeeper, he watches [[Falcão|PUBLIC_FIGURE]] clips and asks the AI to explain the movements. They are [[sixteen|AGE]], [[seventeen|AGE]], so I must be careful, they are minors.

AI: What kind of care do you take?

User: The club lawyer, Dra. [[Fernanda Costa e Silva|PERSON|particle_name]], she told us last year about the LGPD, the data law. We had a problem: [[Kauã|PERSON]] put in the AI a list with players names, birth dates and CPF to make a registration for a tournament, with the CPF of [[Dudu|PERSON]] [[509.332.178-40|NATIONAL_ID]]. The mother of [[Dudu|PERSON]], Dona [[Rosângela|PERSON]], she found out because the AI made a mistake in the form and she saw. Big problem. Now only club system.

AI: How do you see AI changing youth sports?

User: For the clubs with money, like [[Palmeiras|ORGANIZATION]], it is already normal, they have data scientists. For us it is free tools and my phone. I think AI helps but the feeling, the "ginga", is not in the data. [[Neymar|PUBLIC_FIGURE]] grew up playing futsal in the street, no AI.

AI: Thank you, [[Rafa|PERSON]]. How can we reach you?

User: [[Instagram|SOFTWARE]] [[@rafanogueira.futsal|SOCIAL_HANDLE]] or [[WhatsApp|SOFTWARE]] [[onze, nove, sete, meia, quatro, dois, 8 8 1 0|OBF_PHONE|foreign_words]]. Valeu!""")

T.append("""AI: Hello, thanks for joining. Could you tell me a bit about yourself and your practice?

User: Hi, yes. I'm [[Niamh Ní Shúilleabháin|PERSON|particle_name]], [[45|AGE]], I'm a [[large animal vet|JOB_TITLE]] and one of the partners at [[Feale Valley Veterinary|ORGANIZATION]] in [[Listowel|CITY]], north [[Kerry|CITY]]. Mostly dairy and suckler herds, some horses. Qualified from [[UCD|SCHOOL]] in [[2003|DATE]], worked in [[New Zealand|COUNTRY]] for a few years, then came home.

AI: Thanks, [[Niamh|PERSON]]. Where does AI fit into a rural vet practice?

User: More than you'd think. I use an AI scribe called [[Heidi|AI_PRODUCT]] in the jeep, I talk after a call and it writes the notes into [[VetIT|SOFTWARE]]. Saves me an hour a night. [[Pádraig Moriarty|PERSON]], [[Podge|PERSON|nickname]] to everyone, our other partner, he uses [[ChatGPT|AI_PRODUCT]] to write up herd health plans. And the young vet, [[Ciarán Walsh|PERSON]], uses it to check drug withdrawal periods, which I've told him not to rely on.

AI: Why not rely on it for withdrawal periods?

User: Because it got one wrong! [[Ciarán|PERSON]] showed me, it told him a withdrawal for milk that was way too short. If [[a farmer|GENERIC_ROLE]] sold that milk to [[Kerry Dairy Ireland|ORGANIZATION]] and it showed residues, that's his supply gone. So the rule is the product label and the HPRA, not the chatbot.

AI: What about client and farm data?

User: That's where [[Podge|PERSON]] and I disagree a bit. The herd numbers, the farmer's PPS number for grant forms, like [[6382914KA|NATIONAL_ID]], it's all in the files. [[Podge|PERSON]] once dictated a letter for [[Tom Joe|PERSON]], [[Tom Joe Fitzgerald|PERSON]], a client of ours for 30 years, with his PPS and his address, [[Gortnaskehy, Ballylongford|ADDRESS]], [[V31 K8P2|ADDRESS]], into the free [[ChatGPT|AI_PRODUCT]]. I said [[Podge|PERSON]], that's gone to [[America|COUNTRY]] now. He said "sure [[Tom Joe|PERSON]] wouldn't care". [[Tom Joe|PERSON]] probably wouldn't, but his daughter is a solicitor, she would haha.

AI: How do farmers feel about AI?

User: Mixed. The younger ones have robot milkers from [[Lely|ORGANIZATION]] and collars with AI for heat detection, they're mad into it. The older men want me in the yard. There's talk from [[Charlie McConalogue|PUBLIC_FIGURE]] about digital farming, grand, but at [[calving season|GENERIC_TIME]] at 3am in [[February|GENERIC_TIME]] it's me and a calving jack and a torch.

AI: Thank you, [[Niamh|PERSON]]. How can we reach you for a follow-up?

User: Ring the practice or my mobile, [[oh eight seven, two two six, one nine four four|OBF_PHONE|digits_as_words]]. Email is [[niamh@fealevalleyvets.ie|EMAIL_ADDRESS]]. Go raibh maith agat.""")

T.append("""AI: Hi, thanks for joining. Could you tell me about your job?

User: Hi! Im [[Rommel dela Peña|PERSON|particle_name]], [[37|AGE]], [[flight dispatcher|JOB_TITLE]] at [[Cebu Pacific|ORGANIZATION]], our ops center is in [[Pasay|CITY]] near NAIA. I took my aviation course at [[PATTS College of Aeronautics|SCHOOL]] and I have been dispatcher since [[2012|DATE]]. We plan the flights, fuel, weather, NOTAMs, then [[the captain|GENERIC_ROLE]] signs.

AI: Thanks, [[Rommel|PERSON]]. How does AI fit into flight dispatch?

User: The flight planning system [[Lido Flight|SOFTWARE]] already has optimization, not really "AI" the way people say. But for me personally I use [[ChatGPT|AI_PRODUCT]] to summarize long NOTAM lists and to write shift handover notes in clear English. My teammate [[Kristine Mae Santos|PERSON]], [[Tin|PERSON|nickname]] we call her, she uses [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] for the crew emails.

AI: How do [[the pilots|GENERIC_ROLE]] react to AI-written material?

User: Depends. Capt. [[Ramon Villareal|PERSON]], very senior, he told me "[[Rommel|PERSON]], if the AI misses one NOTAM and I land on a closed runway, you go to jail not the AI" haha. So now I always double check. [[Tin|PERSON]] and our [[supervisor|JOB_TITLE]] [[May Ann Bautista|PERSON|word_name]] made a rule that AI summaries are only helper, the original NOTAM is attached always. [[May Ann|PERSON]] is very strict, in a good way.

AI: Have there been privacy concerns?

User: Yes one time. A colleague from crew scheduling, [[Jomar Castillo|PERSON]], he pasted the crew list to [[ChatGPT|AI_PRODUCT]] to make a nice table, with names, passport numbers, like [[P4728831B|NATIONAL_ID]], and birthdays. [[Tin|PERSON]] saw it on his screen and reported. Company now has a policy, no crew data in public AI, only the internal one. [[Jomar|PERSON]] got coaching only, not suspended, because it was first time.

AI: How is the weather season with these tools?

User: Typhoon season, from around [[June|GENERIC_TIME]] to [[November|GENERIC_TIME]], is crazy. Cancellations, diversions to [[Clark|CITY]] or [[Mactan|CITY]]. AI helps me draft the passenger advisories fast but the decision is human. I read that [[Bongbong Marcos|PUBLIC_FIGURE]] wants more AI in government, ok, but for aviation I think we go slow. In [[May|GENERIC_TIME]] last year we had a system outage and we did everything by hand, so skills are still important.

AI: Thank you, [[Rommel|PERSON]]. How can we contact you for a follow-up?

User: You can text [[0917.555.0198|OBF_PHONE|dotted_digits]] or email [[rommel.delapena at yahoo dot com dot ph|OBF_EMAIL|spelled_at_dot]]. Also my [[facebook|SOFTWARE]] [[facebook.com/rommel.dispatch|URL]]. Salamat po!""")

T.append("""AI: Good day, and thank you for joining. Could you tell me about your work?

User: Good day. I'm [[Lerato Mahlangu|PERSON]], I'm [[thirty-nine|AGE]], I'm a [[health and safety officer|JOB_TITLE]] at [[Magaliesberg Platinum Mines|ORGANIZATION]] near [[Rustenburg|CITY]] in the [[North West|CITY]] province. I've been in mining [[since 2010|DATE]], started as a sampler, studied part-time at [[UNISA|SCHOOL]].

AI: Thanks, [[Lerato|PERSON]]. How does AI come into mine safety?

User: There's a lot of technology underground now, proximity detection on the trackless machines, gas monitoring, and some cameras with AI that detect if a worker has no hard hat. Myself, I use [[ChatGPT|AI_PRODUCT]] to draft incident investigation reports and toolbox talks. My manager [[Johan van Wyk|PERSON|particle_name]] he was against it at first, now he asks me to write his emails haha.

AI: Who else on the team uses these tools?

User: Me, [[Tshepo|PERSON|name_list]] and [[Nomsa|PERSON|name_list]] in the safety department. [[Tshepo Molefe|PERSON]] uses it for translating toolbox talks into Setswana and Sesotho, and then Oom [[Koos|PERSON|nickname]], oom is like uncle, his full name is [[Koos Botha|PERSON]], a [[shift boss|JOB_TITLE]] with 35 years underground, he checks if the translation sounds right. [[Nomsa Khumalo|PERSON]] in HR uses [[SAP SuccessFactors|SOFTWARE]] and she won't touch [[ChatGPT|AI_PRODUCT]].

AI: Have there been concerns about data or privacy?

User: Yes, with the medical surveillance. After an accident there's a lot of personal info. [[Tshepo|PERSON]] once pasted an injured worker's details with the ID number [[7903155842089|NATIONAL_ID]] into [[ChatGPT|AI_PRODUCT]] to help with the DMRE report format. [[Nomsa|PERSON]] found out because the report came back with strange wording. We had a meeting with [[Johan|PERSON]] and [[the legal people|GENERIC_ROLE]]. POPIA is strict, so now we anonymise, "Employee A", "Employee B".

AI: How do the workers feel about AI cameras and monitoring?

User: Not happy, honestly. The union, [[AMCU|ORGANIZATION]], asked questions, they think it's to punish people. I understand. [[Gwede Mantashe|PUBLIC_FIGURE]] talks about modernisation of mining but the workers hear job losses. My own daughter [[palesa|PERSON|lowercase_name]] is [[nineteen|AGE]], she studies mining engineering at [[Wits|SCHOOL]], and she says the future is autonomous. I told her, then you must still know the rock.

AI: Thank you, [[Lerato|PERSON]]. Is there a way to reach you for follow-up?

User: Email [[lerato.mahlangu@magplats.co.za|EMAIL_ADDRESS]] or my cell, [[zero eight three, seven seven one, two zero six eight|OBF_PHONE|digits_as_words]]. Not during shift change, every [[Monday|GENERIC_TIME]] 6am is chaos.""")

T.append("""AI: Hoi, thanks for joining. Could you tell me about yourself and your job?

User: Hoi! I'm [[Sanne de Vries|PERSON|particle_name]], [[29|AGE]], I'm a [[junior buyer|JOB_TITLE]] at [[Blauwe Jas|ORGANIZATION]], it's an online fashion retailer in [[Amsterdam|CITY]], mostly outerwear and knitwear. I studied at [[AMFI|SCHOOL]], the [[Amsterdam Fashion Institute|SCHOOL]], graduated [[2018|DATE]]. Our office is in [[Amsterdam-Noord|CITY]], very hip, lots of oat milk haha.

AI: Thanks, [[Sanne|PERSON]]. How do you use AI in buying?

User: Forecasting is the big one. Our planning tool has AI demand forecasting, and I use [[ChatGPT|AI_PRODUCT]] to write supplier emails and compare offers. We also tried [[Vue.ai|AI_PRODUCT]] for product tagging. My lead buyer [[Bram van Leeuwen|PERSON|particle_name]] uses [[Midjourney|AI_PRODUCT]] to test colour stories before we order samples, like "what if this coat is in burgundy".

AI: Who else is involved?

User: Me, [[Bram|PERSON|name_list]] and [[Femke|PERSON|name_list]] are the buying team. [[Femke Jansen|PERSON]] is our merchandiser, she does everything in [[Excel|SOFTWARE]] and [[Centric PLM|SOFTWARE]]. Our biggest supplier is in [[Turkey|COUNTRY]], a knitwear factory in [[Izmir|CITY]], and [[the owner|GENERIC_ROLE]]'s son [[Mehmet Öztürk|PERSON]] handles our account. [[Mehmet|PERSON]] and I write in English, but sometimes I use [[DeepL|AI_PRODUCT]] to get the Turkish right for his father. Also [[Yusuf Demir|PERSON]] in our e-com team is Turkish-Dutch, he checks it for me.

AI: Have there been any issues?

User: One funny and one not funny. Funny: the AI wrote a product text saying a wool coat was "perfect for [[summer|GENERIC_TIME]] in [[Spain|COUNTRY]]". Not funny: [[Bram|PERSON]] pasted a whole contract with [[Mehmet|PERSON]]'s personal details, passport copy info, his phone [[+90 532 418 77 09|PHONE_NUMBER]], into [[ChatGPT|AI_PRODUCT]] to summarise the payment terms. Our legal person, [[Joyce Bakker|PERSON]], she found out and there was a big talk about AVG, the Dutch GDPR. [[Joyce|PERSON]] is very nice but that day, wow.

AI: How do you feel AI is changing fashion retail?

User: Sustainability is a big topic and AI can help us buy less and better, less overstock, so I'm positive about that. But it also makes everyone look the same. [[Virgil Abloh|PUBLIC_FIGURE]] said something like design is about the 3 percent change, AI is more like zero percent change haha. For the [[autumn/winter|GENERIC_TIME]] collection we are trying to keep more human decisions.

AI: Thank you, [[Sanne|PERSON]]. How can we contact you for follow-up?

User: Email [[sanne apenstaartje blauwejas punt nl|OBF_EMAIL|foreign_words]] or call [[06 - 41 - 88 - 20 - 93|OBF_PHONE|dashed_digits]]. Doei!""")

T.append("""AI: Hello, thank you for joining us. Could you tell me about your role?

User: Hello! My name is [[Hye-jin Park|PERSON|hyphenated]], but in English I go by [[Jinny|PERSON|nickname]]. I'm [[43|AGE]], I'm the [[church administrator|JOB_TITLE]] at [[Hanmaum Presbyterian Church|ORGANIZATION]] in [[Koreatown|CITY]], [[Los Angeles|CITY]]. We have about 600 members, mostly Korean American families, three services, Korean and English.

AI: Thanks, [[Jinny|PERSON]]. How does AI come into your church work?

User: Translation is huge for us. [[Senior Pastor|JOB_TITLE]] [[Lee Jae-won|PERSON]] preaches in Korean, and the English ministry needs the bulletin and announcements in English. I use [[Papago|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] for first drafts, then our [[youth pastor|JOB_TITLE]], Pastor [[Daniel Cho|PERSON]], fixes it. We use [[Planning Center|SOFTWARE]] for the member database and volunteer schedules.

AI: Could you give an example of a recent task where you used AI?

User: Last week I had to send an email to the deacons about the [[fall|GENERIC_TIME]] retreat. It went like this, I still have it:
From: [[Hye-jin Park|PERSON]] <[[admin@hanmaumpc.org|EMAIL_ADDRESS]]>
Sent: [[Monday, September 9, 2024|DATE]] 4:12 PM
To: Deacons list
Cc: [[Daniel Cho|PERSON]]; [[Hope Lim|PERSON|word_name]]
I wrote it in Korean and [[ChatGPT|AI_PRODUCT]] made the English version. [[Hope|PERSON]] is our [[children's ministry director|JOB_TITLE]], she's second generation, and she said the English sounded "like a bank". Haha. So I hope next time it will be better.

AI: Are there privacy concerns in a church setting?

User: Yes, especially prayer requests. People share very personal things, illness, divorce, immigration status. One volunteer, Deacon [[Steve Yoon|PERSON]], wanted to put all the prayer cards into [[ChatGPT|AI_PRODUCT]] to organize them. Pastor [[Lee|PERSON]] said absolutely not. Those are sacred. Also our member info in [[Planning Center|SOFTWARE]] has addresses like [[3421 W 8th St, Apt 210|ADDRESS]], [[Los Angeles|CITY]], [[CA|CITY]] [[90005|ADDRESS]], and phone numbers, so we never export that to AI.

AI: How do church members feel about AI generally?

User: The older generation, like my mother [[umma|GENERIC_ROLE]]... she's scared of it. The young adults use it all the time. Some people share videos of [[Billy Graham|PUBLIC_FIGURE]] sermons made with AI voice, and that bothers me. At [[Christmas|GENERIC_TIME]] and [[Easter|GENERIC_TIME]], when the church is full, people want real voices, real prayers.

AI: Thank you, [[Jinny|PERSON]]. How can we reach you for a follow-up?

User: Church office is fine, [[(213) 555-0142|PHONE_NUMBER]]. Or my personal, [[jinny.park.la at gmail dot com|OBF_EMAIL|spelled_at_dot]]. God bless you.""")

T.append("""AI: Hello, thank you for participating. Can you tell me about your research work?

User: Hello. I am [[Lim Wei Jie|PERSON]], [[27|AGE]] years old, [[research assistant|JOB_TITLE]] at [[Universiti Putra Malaysia|SCHOOL]] in [[Serdang|CITY]], [[Selangor|CITY]]. I work in a plant pathology lab on Ganoderma basal stem rot in oil palm. My supervisor is Prof. Dr. [[Norazlina binti Yusof|PERSON|particle_name]], and I am also doing my masters part-time since [[2022|DATE]].

AI: Thanks, [[Wei Jie|PERSON]]. How do you use AI in the lab?

User: Many ways. We use drone images from plantations and a deep learning model to detect infected palms, I train it with [[PyTorch|SOFTWARE]]. For writing I use [[ChatGPT|AI_PRODUCT]] to check grammar in my thesis, and [[Perplexity|AI_PRODUCT]] to find papers. My labmate [[Muthukumar Raj|PERSON]], we call him [[Muthu|PERSON|nickname]], he uses [[Copilot|AI_PRODUCT]] for the R code. And our postdoc from [[Indonesia|COUNTRY]], Dr. [[Dewi Anggraini|PERSON]], she is the expert in the field sampling.

AI: You mentioned [[Muthu|PERSON]] and [[Dewi|PERSON]]. How do they feel about these tools?

User: [[Muthu|PERSON]] is very enthusiastic, maybe too much haha. [[Dewi|PERSON]] is more careful. Once [[ChatGPT|AI_PRODUCT]] told us a fungicide treatment that was not registered in [[Malaysia|COUNTRY]], and she caught it. Prof. [[Norazlina|PERSON]] said AI can help write but cannot replace field data. She is very strict, every result we must show the raw data.

AI: Do you work with any industry partners? How is data handled there?

User: Yes, we work with [[FELDA|ORGANIZATION]] and one private estate. The estate manager, Encik [[Razak Hamid|PERSON]], gives us data including worker names for the sampling team, because we pay them allowance. One time I almost pasted the list with IC numbers like [[920311-08-6641|NATIONAL_ID]] into [[ChatGPT|AI_PRODUCT]] to calculate the payments. [[Muthu|PERSON]] stopped me lah. Now I use [[Excel|SOFTWARE]] only for that.

AI: How do you see AI changing agricultural research in [[Malaysia|COUNTRY]]?

User: Very big potential, especially for smallholders. But the smallholders in [[Sabah|CITY]] and [[Sarawak|CITY]] sometimes don't even have good internet. During [[monsoon season|GENERIC_TIME]] we cannot fly drones also. And people overseas, in [[Europe|CONTINENT]], they see palm oil as bad, so our data must be very solid. I think AI helps but the science must be careful.

AI: Thank you, [[Wei Jie|PERSON]]. How can we contact you for follow-up?

User: My email is [[weijie.lim (at) student (dot) upm (dot) edu (dot) my|OBF_EMAIL|paren_at_dot]], phone [[０１２-７７４ ５０９１|OBF_PHONE|fullwidth_digits]]. My code is on [[github.com/limweijie-bio|URL]]. Thank you!""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_n")

import sys
from markup import write_set
T = []

# 1 Kenya, public sector, procurement
T.append("""AI: Thank you for making time to talk with me today. To start, could you tell me a bit about yourself and the work you do?

User: Sure, no problem. My name is [[Wanjiru Kamau|PERSON]], I'm [[38|AGE]], and I work as a [[procurement officer|JOB_TITLE]] with the [[Kiambu County Government|ORGANIZATION]]. I'm based at the sub-county office in [[Thika|CITY]], but I live in [[Ruiru|CITY]], so it's matatu every morning. I've been in county procurement since [[2017|DATE]]. Before that I was with a hardware supplier in [[Nairobi|CITY]] for about six years, so I know the other side of the table also. Day to day I handle quotations, tenders, evaluation reports, the back-and-forth with suppliers, and making sure everything is captured properly in [[IFMIS|SOFTWARE]], which is the government financial system.

AI: And where does AI come into that work for you?

User: Honestly it started at home with my son. [[Brian|PERSON]] is in Form Three at [[Alliance High School|SCHOOL]], and during the [[April|GENERIC_TIME]] holidays he showed me [[ChatGPT|AI_PRODUCT]] on his phone. He was using it for chemistry revision. I thought, let me try it for these specifications, because writing specs is the most tedious part of my job. Now I use it to make the first draft of technical specifications, for example office furniture, cleaning services, or when the ICT section wants forty laptops. I give it the budget line and the old spec and ask it to modernise. Then I correct it together with [[Otieno|PERSON]], who is our [[ICT officer|JOB_TITLE]].

AI: What does that correction process with [[Otieno|PERSON]] look like?

User: He is very strict, that one. [[ChatGPT|AI_PRODUCT]] will write something like "minimum 8GB RAM" and he'll say no, sixteen, otherwise we'll be buying again in two years. Once it even put a brand name inside the spec, which you cannot do in a public tender, it locks out other bidders and you'll get an appeal at the review board. So we sit together on [[Thursday|GENERIC_TIME]] afternoons, he opens the old specs in [[Excel|SOFTWARE]] side by side with the draft, and we go line by line. After that my [[supervisor|GENERIC_ROLE]] reviews it before it goes to the evaluation committee. So the tool does maybe half the work, but we still own the document.

AI: Are there any rules at the county about using these tools?

User: Not really written rules, no. There was a circular last year reminding us about the Data Protection Act, don't put personal data of citizens on online platforms, but it didn't mention AI by name. The county has [[Microsoft 365|SOFTWARE]] licences, so [[Copilot|AI_PRODUCT]] is sitting there inside [[Outlook|SOFTWARE]], but nobody trained us on it. My feeling is that many people are using these things quietly. Even old [[Kariuki|PERSON]] in the stores department, who retires next year, asked me to show him how to make it write a memo. Since [[Ruto|PUBLIC_FIGURE]] started talking about digital jobs, everybody wants to show they are modern.

AI: Have you had any experiences where it went wrong?

User: Yes, once, and it taught me a lesson. We had a borehole project in [[Gatundu|CITY]], and I had five bids. I was rushing to prepare the evaluation summary, so I pasted the bidders' names and their amounts and asked it to make a comparison table. It mixed up two of the figures, it gave the second lowest bidder the amount of the lowest. I didn't notice. It was [[Grace|PERSON]] from finance who called me and said, [[Wanjiru|PERSON]], these totals don't add up. Imagine if that had gone to the committee like that. Since then I never paste actual bid amounts or company names. I describe the structure and I fill the numbers myself. Also I realised those bids are confidential until award, so sending them to some server in the [[United States|COUNTRY]] is not okay at all.

AI: Looking back, how do you feel about AI in your work overall? And would you be open to a short follow-up conversation, and if so, what's the best way to reach you?

User: Mixed, but mostly positive. It saves me maybe two or three hours a week on drafting, and my letters are sharper now because I see how it structures things. My worry is the young officers who just joined. They trust it too much. They don't know the procurement law well enough to see when it is wrong, and in procurement a small mistake can become an audit query, or worse, a case with the [[EACC|ORGANIZATION]]. I would like the county, or even the [[National Treasury|ORGANIZATION]], to give proper guidance instead of pretending it's not happening in [[Kenya|COUNTRY]]. And yes, I'm happy to talk again. Email is better than calls during office hours because I'm in meetings. It's [[wanjiru dot kamau79 at yahoo dot com|OBF_EMAIL|spelled_at_dot]], all small letters. If it's urgent you can call or [[WhatsApp|SOFTWARE]] [[0722 418 905|PHONE_NUMBER]], but after five please.""")

# 2 Brazil, education, secondary teacher
T.append("""AI: Hi, thanks for joining. Could you start by telling me who you are and what you do?

User: Of course. I'm [[Luciana Rocha|PERSON]], I'm [[forty-four|AGE]], and I'm a [[Portuguese language teacher|JOB_TITLE]] at [[Escola Estadual Padre Eustáquio Lopes|SCHOOL]], a state school in [[Belo Horizonte|CITY]]. I live in [[Venda Nova|CITY]], which is on the north side, so I take two buses. I started teaching in [[2003|DATE]], first in private schools, and then I passed the public exam for the state of [[Minas Gerais|CITY]] in [[2009|DATE]]. This year I have six classes, around two hundred and ten students, from the first to the third year of ensino médio.

AI: That's a lot of students. How does AI fit into your teaching?

User: At the beginning I was against it, completely. I'm from the generation that read [[Paulo Freire|PUBLIC_FIGURE]] at university, you know, education as dialogue, and I thought these machines were the opposite of that. But in the second semester of [[2023|DATE]] I was exhausted, I was correcting more than two hundred essays for the ENEM practice, and my colleague [[Marcelo|PERSON]], who teaches maths, showed me how he used [[ChatGPT|AI_PRODUCT]] to generate exercise lists. So I tried. Now I use it mainly for three things: creating reading comprehension questions from texts I choose, generating example essays with specific problems so students can find the errors, and adapting materials for students with learning difficulties.

AI: Can you tell me more about the adaptation part?

User: Yes, this is where it helps me the most, honestly. I have a student, [[Kauã|PERSON]], in the second year, he is autistic and he has a lot of difficulty with long texts. Before, adapting a text for him took me an entire [[Sunday|GENERIC_TIME]]. Now I ask [[Gemini|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] to make a shorter version with simpler sentences, with the key vocabulary in bold, and then I check it. I never put his name or his diagnosis in the prompt, I just write "a student who needs simplified language". The [[support teacher|JOB_TITLE]], Dona [[Sônia|PERSON]], reviews it with me. She has thirty years of experience and she catches things the machine doesn't, like when the simplification changes the meaning of a poem. With literature that happens a lot. It destroyed a poem by [[Drummond|PUBLIC_FIGURE]] once, it turned it into something like a recipe.

AI: How does the school feel about teachers using these tools?

User: The school doesn't have a policy. The [[pedagogical coordinator|GENERIC_ROLE]] talked about it in one meeting in [[February|GENERIC_TIME]], she said be careful, and that was it. The state education secretariat, the [[SEE-MG|ORGANIZATION]], has its platform, [[Conexão Escola|SOFTWARE]], but it has nothing with AI. Among teachers there are two camps. The older ones mostly think it's cheating, and some of the younger ones use it for everything, even to write the reports for parents, which I think is a mistake because the parents can tell. My husband [[Rogério|PERSON]] works in IT at a bank and he keeps telling me about data protection, the LGPD, so I'm careful.

AI: What about the students, do you see them using it?

User: All the time. The essays got suddenly perfect in [[March|GENERIC_TIME]], with words like "outrossim" that no teenager uses. So I changed my method: now part of the essay is written in class, by hand, and I ask them to show the conversation if they used the chatbot at home. Some of them actually use it well, to get feedback on argument structure. One girl, [[Yasmin|PERSON]], asks it to argue against her thesis so she can prepare counterarguments. I thought that was brilliant and I shared the idea with the class, without saying whose idea it was, of course.

AI: Thank you, that's really helpful. Last question: would you be available for a follow-up, and how can we contact you?

User: Yes, with pleasure. Better by email, because on [[WhatsApp|SOFTWARE]] I get four hundred messages from the parents' groups. Write it down: [[luciana ponto rocha arroba bol ponto com ponto br|OBF_EMAIL|portuguese_arroba_ponto]]. Everything together, no capitals. And if you need, my cell is [[(31) 98812-4471|PHONE_NUMBER]], but please send a message first, I don't answer unknown numbers because of the scams.""")

# 3 UK, healthcare, district nurse
T.append("""AI: Thanks for agreeing to take part. Could you introduce yourself and your role?

User: Course. I'm [[Debbie Okafor|PERSON]], everyone calls me [[Debs|PERSON|nickname]], and I'm a [[district nurse|JOB_TITLE]] with [[Leeds Community Healthcare|ORGANIZATION]]. I cover a patch round [[Armley|CITY]] and [[Bramley|CITY]], mostly housebound patients: wound care, catheters, end-of-life, diabetic insulin visits, that sort of thing. I'm [[52|AGE]], I qualified back in [[1996|DATE]], so I've seen a few systems come and go, believe me.

AI: Where does AI show up in your work at the moment?

User: Bits and pieces. The big one is the trust's been piloting an ambient voice thing, [[Heidi|AI_PRODUCT]], that listens during the visit and writes up the notes. Then we check them and paste them into [[SystmOne|SOFTWARE]]. Only a few of us are on the pilot, me and [[Priyanka|PERSON]] from the evening team, because our [[team lead|GENERIC_ROLE]] [[Karen|PERSON]] volunteered us. [[Karen|PERSON]]'s lovely but she does volunteer us for everything. Outside that, I use [[Copilot|AI_PRODUCT]] on the work laptop for rewriting emails and, if I'm honest, [[ChatGPT|AI_PRODUCT]] on my own phone for stuff like checking how to explain something to a patient in plain words.

AI: How has the note-taking pilot gone for you?

User: Honestly, better than I expected. Before, I'd be doing notes in the car between visits or at the kitchen table at nine at night. Now it's maybe ten minutes at the end of the day checking. But you've got to check. It once wrote that a patient, Mr [[Haworth|PERSON]], had "denied chest pain" when what he'd actually said was his chest gets "a bit tight when he goes up to bed". That's not the same thing at all. And it struggles with accents. He's broad [[Yorkshire|CITY]] and I grew up between [[Enugu|CITY]] and [[Bradford|CITY]], so you can imagine what it makes of the two of us together.

AI: Are there guidelines you follow about what you can and can't put into these tools?

User: For [[Heidi|AI_PRODUCT]], yes, there was training and the information governance lot signed it off. For everything else it's basically "don't put patient-identifiable data in", which is common sense. On [[ChatGPT|AI_PRODUCT]] I never put names or patient numbers in, I'll just say "elderly man, leg ulcer, lives alone, reluctant to have compression". There's a lot of talk from [[Wes Streeting|PUBLIC_FIGURE]] about AI fixing the [[NHS|ORGANIZATION]], and I think, well, come and do a [[Monday|GENERIC_TIME]] with me first. The tech is fine, it's staffing that's the problem.

AI: Has it changed how you feel about the job at all?

User: A bit, yeah. I get home earlier, which my daughter [[Chloe|PERSON]] has noticed. She's doing her nursing degree at the [[University of Bradford|SCHOOL]] now, following in her mum's footsteps, God help her. She uses all of these tools far more than me. She showed me how to get [[ChatGPT|AI_PRODUCT]] to quiz me for my revalidation reflections. But I do worry about the newer nurses relying on it for clinical judgement. It doesn't smell a wound, does it? It doesn't see the look on someone's face when they say they're fine.

AI: Thank you, [[Debs|PERSON]]. Would you be happy for us to contact you for a follow-up, and how would you prefer to be reached?

User: Yeah, go on. Work email's fine: [[deborah.okafor3@nhs.net|EMAIL_ADDRESS]]. Or text me, it's [[oh seven seven nine eight, double four one, six oh two|OBF_PHONE|spelled_digits]]. And if you need to check I'm a real nurse for the voucher paperwork, my NMC PIN is [[96I2817E|NATIONAL_ID]].""")

# 4 Australia, construction, estimator
T.append("""AI: Thanks for jumping on the call. Can you tell me a bit about yourself and what you do?

User: Yeah, no worries. I'm [[Jarrod Pemberton|PERSON]], [[34|AGE]], I'm an [[estimator|JOB_TITLE]] at [[Coastline Civil|ORGANIZATION]]. We're a mid-size civil and commercial builder on the [[Gold Coast|CITY]], office is in [[Nerang|CITY]]. Mostly we do council work, some childcare centres, a couple of small shopping centres. I started on the tools as a [[chippy|JOB_TITLE]], did my apprenticeship in [[Toowoomba|CITY]], then did my building and construction cert and moved into estimating in [[2018|DATE]] after I did my back in.

AI: How are you using AI in estimating?

User: A fair bit now, more than the old fellas would like. The main thing is reading tender docs. A council tender might be four hundred pages of specs, and I'll chuck sections into [[ChatGPT|AI_PRODUCT]] and ask it to pull out every requirement around, say, waterproofing or fire rating, so I don't miss something that bites us later. I also use [[Copilot|AI_PRODUCT]] in [[Excel|SOFTWARE]] for cleaning up quantities when the subbies send through their prices in all different formats. Takeoffs I still do in [[Cubit|SOFTWARE]], the AI takeoff stuff isn't there yet, it counted a drainage pit as a toilet once.

AI: Who else in the business is using it?

User: [[Macca|PERSON|nickname]], that's [[Liam McAllister|PERSON]], our senior [[project manager|JOB_TITLE]], he uses it to write his site diaries and RFIs, and he swears by it. Our [[site supervisor|JOB_TITLE]] on the [[Coomera|CITY]] job, [[Tui|PERSON]], she's gone the other way, she reckons it's all rubbish and won't touch it. The [[owner|GENERIC_ROLE]], [[Darren|PERSON]], is somewhere in the middle. He's happy if it wins us more jobs, less happy when I explained we were pasting client documents into some overseas website. Now we've got a rule that anything marked confidential only goes into the [[Microsoft|ORGANIZATION]] one, because we're already paying for it.

AI: Has it changed the way you price work?

User: Yeah, in a way. I can turn around more tenders, so we're bidding on more, which sounds good but also means more losing. Where it really helps is the scope letters and exclusions. I give it our standard exclusions and the job specifics and it drafts a tidy letter in two minutes instead of twenty. But pricing itself, no way. There's too much local knowledge. It doesn't know that the concrete plant at [[Yatala|CITY]] shuts early on a [[Friday|GENERIC_TIME]], or that a certain sparky is booked out till [[March|GENERIC_TIME]]. And after all the builders going broke in [[Queensland|CITY]] the last couple of years, nobody's going to trust a number a chatbot made up.

AI: Any concerns about where this is heading for estimators?

User: A bit. I've got a young bloke under me, [[Kieran|PERSON]], he's [[twenty-two|AGE]], and I worry he's learning the shortcuts before the basics. If you've never measured a slab by hand you don't know when the number looks wrong. I keep telling him, mate, the AI's a labourer, not the foreman. Also I saw [[Albo|PUBLIC_FIGURE|nickname]] on the news banging on about AI and productivity and I thought, yeah, righto, come price a childcare centre with it then. Everyone in [[Canberra|CITY]] thinks it's magic.

AI: Thanks, [[Jarrod|PERSON]]. Would you be up for a follow-up chat, and what's the best way to reach you?

User: Yeah, for sure. Easiest is my mobile, it's [[oh-four, twelve, seven-seven-three, oh-nine-six|OBF_PHONE|spelled_digits_grouped]]. Don't bother with email, I've got about nine hundred unread. I'm on Insta as well, [[@jarrod.builds|SOCIAL_HANDLE]], that's mostly the reno on my own place in [[Pimpama|CITY]], so you'll see a lot of half-finished decking.""")

# 5 Mexico, hospitality, front desk
T.append("""AI: Hello, thanks for making time. Could you tell me about yourself and your job?

User: Hello, yes. My name is [[Itzel Hernández Cruz|PERSON]], I am [[29|AGE]] years old, and I work as [[front desk supervisor|JOB_TITLE]] at [[Hotel Casa Antigua|ORGANIZATION]], a boutique hotel with twenty-two rooms in the historic centre of [[Oaxaca|CITY]]. I studied tourism at the [[Universidad Anáhuac Oaxaca|SCHOOL]] and I started here as a [[receptionist|JOB_TITLE]] in [[2017|DATE]]. Now I coordinate the front desk team, four people, and I also answer the reviews and the messages from guests, because my English is the best in the team, ha.

AI: How do you use AI in that work?

User: Mainly for languages. We have many guests from the [[United States|COUNTRY]] and [[Canada|COUNTRY]], but also from [[France|COUNTRY]], [[Germany|COUNTRY]], and lately a lot from [[South Korea|COUNTRY]]. For English I am fine, but for a review in German or Korean I use [[ChatGPT|AI_PRODUCT]] to translate and to help me write a reply that sounds natural. Also for messages in [[WhatsApp Business|SOFTWARE]], when a guest writes at midnight asking about mezcal tours, I use it to make the answer faster. The [[owner|GENERIC_ROLE]], Doña [[Remedios|PERSON]], asked me to make the descriptions for the website in four languages, and I did all of it with [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]], then a friend from [[Lyon|CITY]] corrected the French.

AI: What about the busier periods, does it help there?

User: In [[July|GENERIC_TIME]] with the Guelaguetza the hotel is full and everything is crazy. Last year I made with [[ChatGPT|AI_PRODUCT]] a kind of document with all the frequent questions: where is the auditorium, how to get tickets, which restaurants are open late, how to go to Hierve el Agua. Then the [[night receptionist|JOB_TITLE]], Don [[Chucho|PERSON|nickname]], who doesn't speak English, can copy the answers. He is already a grandfather and he says the machine is his translator. Ha. But he doesn't trust it for money things, he calls me for that, at any hour.

AI: Have there been problems or mistakes?

User: Yes, some funny, some not funny. The serious one: a guest complained about a charge, and I used [[ChatGPT|AI_PRODUCT]] to write the reply, and it invented a policy. It said "as per our cancellation policy of 48 hours", but our policy is 72 hours. The guest showed it to the bank. Doña [[Remedios|PERSON]] was very angry, with reason. Now I always check with the policies in [[Cloudbeds|SOFTWARE]] before I send anything. Also I never put the card numbers or passports in the chat. The guests send me photos of passports on [[WhatsApp|SOFTWARE]] sometimes, I delete them immediately.

AI: How do you feel about it in general?

User: I like it, but I am also a little afraid. My mother has a small comedor in [[Tlacolula|CITY]], she cooks for the market days, and she asks me if the robots will take my job. I tell her no, mamá, a machine cannot recommend the best tlayuda or calm down a guest who lost her luggage. The personal attention is what makes a small hotel. But maybe the big chains in [[Cancún|CITY]] will use it to have fewer people at the front desk, that is possible.

AI: Thank you, [[Itzel|PERSON]]. Would you be willing to talk again later, and how can we contact you?

User: Yes, of course. My personal email is [[itzel.hdz arroba hotmail punto com|OBF_EMAIL|spanish_arroba_punto]]. And the hotel phone, just ask for me at reception: [[951 208 4417|PHONE_NUMBER]]. Better in the mornings, before check-in time, because in the afternoon it is chaos.""")

# 6 India, IT, QA engineer
T.append("""AI: Thanks for joining. Could you introduce yourself and what you do?

User: Hi, yes. I'm [[Karthik Subramanian|PERSON]], [[27|AGE]] years, working as a [[QA automation engineer|JOB_TITLE]] at [[Veridian Softech|ORGANIZATION]] in [[Bengaluru|CITY]]. Our office is in [[Whitefield|CITY]], and I stay in a PG nearby in [[Kundalahalli|CITY]]. I joined in [[June 2021|DATE]], straight after campus placement from [[PSG College of Technology|SCHOOL]] in [[Coimbatore|CITY]]. Currently I'm on a project for an insurance client in the [[US|COUNTRY]], [[Mid-Atlantic Mutual|ORGANIZATION]], testing their claims portal.

AI: How does AI fit into your testing work?

User: Quite a lot now. Our company rolled out [[GitHub Copilot|AI_PRODUCT]] for all engineers in [[January|GENERIC_TIME]]. I use it mainly to write [[Selenium|SOFTWARE]] and [[Playwright|SOFTWARE]] scripts faster: I write the test case name and a comment, and it fills the boilerplate. For test data generation also, like creating fake policy numbers and addresses. Before, I used to spend half a day writing data setup, now maybe one hour. And for understanding legacy code, I paste a function and ask [[ChatGPT|AI_PRODUCT]] what it does. Actually that is not allowed, we are supposed to use only the internal chatbot, they call it [[VeriGPT|AI_PRODUCT]], but it is slow and everyone knows that.

AI: How do your [[team lead|GENERIC_ROLE]] and colleagues feel about it?

User: [[Rohit|PERSON]] sir, my [[team lead|GENERIC_ROLE]], he is very pro. He says in appraisal also they will look at how we use AI for productivity. [[Divya|PERSON]], she is senior to me, she is more careful. She caught that [[Copilot|AI_PRODUCT]] was writing assertions that always pass, like checking the element exists instead of checking the value. So the test was green but actually testing nothing. After that, [[Rohit|PERSON]] made a rule that every AI-generated test must be reviewed by another person in the pull request, in [[Bitbucket|SOFTWARE]]. I think that was correct, because we were becoming lazy.

AI: Do you have any worries about AI and your career?

User: Honestly, yes. Manual testing jobs are already reducing. My cousin [[Sowmya|PERSON]] was in manual testing at a service company in [[Chennai|CITY]] and her whole team was cut last year. My father worked thirty-two years in [[BHEL|ORGANIZATION]] in [[Tiruchirappalli|CITY]], he cannot understand why I am worried when I have an IT job. For him IT means safe. But when [[Satya Nadella|PUBLIC_FIGURE]] says a big part of the code is already written by AI, every fresher in [[India|COUNTRY]] is reading that. So I am doing an AI testing certification on [[weekends|GENERIC_TIME]], and trying to move more into automation architecture.

AI: Is there anything about client data that concerns you?

User: Yes, that's a big topic. The client's data is insurance information of real people in the [[US|COUNTRY]]. In lower environments we should have masked data, but sometimes the masking is not done properly and you can see real names, real addresses of policyholders. If someone pastes that into [[ChatGPT|AI_PRODUCT]] by mistake, it's a breach. Our security team sends mails every month about it. I personally never paste logs from UAT without checking. There was a guy in another team who got a warning for pasting a full API response with customer details, and after that people became scared.

AI: Thanks, [[Karthik|PERSON]]. Would you be open to a follow-up, and how can we reach you?

User: Sure, happy to. Please don't use office mail, use personal: [[karthik.s[at]proton[dot]me|OBF_EMAIL|bracket_at_dot]]. You can also see my projects on [[github.com/karthik-qa-blr|URL]], I put some sample frameworks there. Phone I prefer not to give, sorry, too many loan calls these days.""")

# 7 Nigeria, media, reporter
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Thank you for having me. I'm [[Blessing Adeyemi|PERSON]], I'm a [[senior reporter|JOB_TITLE]] with [[The Mainland Ledger|ORGANIZATION]], it's an online newspaper based in [[Lagos|CITY]]. I cover mostly business and consumer issues, things like fuel prices, the naira, small traders. I'm [[31|AGE]]. I did my first degree in Mass Communication at [[UNILAG|SCHOOL]] and I've been in the newsroom since [[2016|DATE]], first as an intern. I live in [[Yaba|CITY]], so the traffic to our office in [[Ikeja|CITY]] is my daily suffering.

AI: How does AI come into your reporting?

User: The biggest one is transcription. I do a lot of interviews with traders at the big markets, and typing those recordings used to take me hours. Now I use [[Otter|AI_PRODUCT]] for the English parts. But it cannot handle Yoruba or pidgin well, it writes nonsense, so for those I still listen myself, or my sister [[Temi|PERSON]] helps me when she's home from school. I also use [[ChatGPT|AI_PRODUCT]] to summarise long documents, like the [[CBN|ORGANIZATION]] circulars or budget documents, so I can quickly see where the story is.

AI: How does your newsroom approach it?

User: Our [[editor-in-chief|JOB_TITLE]], Mr [[Ogunleye|PERSON]], he's old school, he was at [[The Guardian|ORGANIZATION]] for fifteen years. He said in a meeting in [[January|GENERIC_TIME]]: you can use these tools for research, but if I see one paragraph written by a machine with your byline, you're going. He is serious. We don't have a written policy yet. Some people use it to write headlines and social media captions, which I think is okay. Our [[graphic designer|JOB_TITLE]] [[Kelechi|PERSON]] uses [[Canva|SOFTWARE]] with the AI features for the thumbnails, and nobody complains about that.

AI: Have you had any experiences where AI got things wrong?

User: Yes, a dangerous one. I asked [[ChatGPT|AI_PRODUCT]] for background on a company we were investigating, a microfinance bank, and it told me the [[CEO|GENERIC_ROLE]] had been charged by the [[EFCC|ORGANIZATION]] for fraud. I got excited, it would have been a strong angle. But I couldn't find any record. Nothing. It had completely invented it. If I had published that, we'd have been sued to the ground. So now my rule is: AI can point, it cannot prove. Everything is verified with documents or people. Also I'm very careful about sources. I will never put the name of a source or a whistleblower into any of these tools. Some of my sources are civil servants, if their name leaks they lose their job or worse.

AI: What about the wider media landscape, how do you see AI affecting it?

User: It's worrying. During the elections we saw fake audio clips of politicians, one supposedly of [[Tinubu|PUBLIC_FIGURE]], another of [[Peter Obi|PUBLIC_FIGURE]], spreading on [[WhatsApp|SOFTWARE]]. Ordinary people can't tell. As journalists we now have to fact-check audio and video, and we don't have the tools. We did a training with [[Dubawa|ORGANIZATION]], the fact-checking organisation, it was helpful. But small newsrooms like ours don't have money for detection software, so we rely on our ears and on calling people.

AI: Thank you, [[Blessing|PERSON]]. Would you be open to a follow-up, and how can we reach you?

User: Yes, sure. You can reach me on X, I'm [[@blessing_reports|SOCIAL_HANDLE]], DMs are open. Or call or [[WhatsApp|SOFTWARE]] me on [[０８０３ ５５２ ７１８０|OBF_PHONE|fullwidth_digits]]. Email I check less, but it's [[blessing.adeyemi@mainlandledger.ng|EMAIL_ADDRESS]].""")

# 8 New Zealand, agriculture, sharemilker
T.append("""AI: Kia ora, thanks for your time. Could you start by telling me about yourself and your work?

User: Kia ora. I'm [[Rawiri Te Whata|PERSON]], [[46|AGE]], and I'm a [[sharemilker|JOB_TITLE]] on a 380-cow dairy farm out near [[Morrinsville|CITY]] in the [[Waikato|CITY]]. Me and my wife [[Mere|PERSON]] took on the contract in [[June 2019|DATE]], after about fifteen years working our way up: [[farm assistant|JOB_TITLE]], [[herd manager|JOB_TITLE]], then contract milking. The farm's owned by the [[Brownlee|PERSON]] family, they're getting on a bit, they live in [[Tauranga|CITY]] now and come out every few weeks to see how we're going.

AI: Where does AI come into farming for you?

User: More than people might think. The big one is the collars, we went onto [[Halter|ORGANIZATION]] last season. They shift the cows with sound and vibration, virtual fencing, and the app flags cows that might be on heat or getting crook from their rumination data. That's AI, I suppose, although they don't shout about it. Then we've got [[MINDA|SOFTWARE]] from [[LIC|ORGANIZATION]] for herd records. And [[Mere|PERSON]] uses [[ChatGPT|AI_PRODUCT]] for the paperwork side: health and safety plans, our farm environment plan for the regional council, emails to the bank.

AI: How has the collar system changed things?

User: It's been huge for lifestyle, eh. I used to be on the bike at five in the morning every day getting the cows in. Now they walk themselves to the shed. Our young fella, [[Tama|PERSON]], he's our [[farm assistant|JOB_TITLE]], he's [[nineteen|AGE]], he reckons it's the best thing ever. But there's things you still have to watch. In [[August|GENERIC_TIME]], during calving, the app was telling us one cow was fine and I could see she was down with milk fever. You trust your eyes first. Our [[vet|JOB_TITLE]], Dr [[Anjali Rao|PERSON]] at [[Piako Vets|ORGANIZATION]], says the same, the data's a second opinion, not the first.

AI: And what about [[ChatGPT|AI_PRODUCT]] for the paperwork, how does that work for you both?

User: That's [[Mere|PERSON]]'s department. She's better with words than me. She'll give it the bones of what we need, like the effluent management stuff, and it comes out sounding like a consultant wrote it. But it doesn't know [[New Zealand|COUNTRY]] rules that well, it kept giving us stuff from overseas that doesn't apply here, so she checks everything against what [[DairyNZ|ORGANIZATION]] puts out. I used it once myself, to help with a speech for my uncle [[Hemi|PERSON]]'s seventieth. It was too flash, so I binned half of it and just talked.

AI: Do you have any concerns about the data side of things?

User: Yeah, a bit. All our herd data sits with these companies, and who owns that? If [[Halter|ORGANIZATION]] or [[LIC|ORGANIZATION]] gets bought by some overseas outfit, what happens? As Māori there's also a bigger conversation about data sovereignty, about whose data it is and who gets to decide. Our iwi has been talking about that with some of the agritech people. And honestly, I don't love the idea of [[Elon Musk|PUBLIC_FIGURE]] types knowing how many litres my cows did yesterday. Ha.

AI: Thanks, [[Rawiri|PERSON]]. Would you be open to a follow-up, and how can we get hold of you? And where should we send the koha voucher?

User: Sweet as. Email's best, I check it at night: [[rawiri.tw at xtra dot co dot nz|OBF_EMAIL|spelled_at_dot]]. Phone's [[027 448 1903|PHONE_NUMBER]], but coverage out here is rubbish so text first. For the voucher, post it to [[412 Tauhei Road, RD 4|ADDRESS]], [[Morrinsville|CITY]] [[3374|ADDRESS]].""")

# 9 Canada, transport, dispatcher
T.append("""AI: Thanks for joining me. Could you tell me a bit about yourself and your work?

User: Sure thing. I'm [[Gurpreet Sandhu|PERSON]], most people at work call me [[Gary|PERSON|nickname]]. I'm [[41|AGE]] and I'm a [[dispatcher|JOB_TITLE]] at [[Prairie Line Freight|ORGANIZATION]] in [[Winnipeg|CITY]]. We run about sixty trucks, mostly long-haul, [[Manitoba|CITY]] to [[Ontario|CITY]], down into the [[States|COUNTRY]], and some flatbed work to the oil patch in [[Alberta|CITY]]. I came to [[Canada|COUNTRY]] from [[Punjab|CITY]] in [[2008|DATE]], drove truck myself for nine years, then moved into the office when my knees gave up. We live in [[Transcona|CITY]], me, my wife and our two kids.

AI: How does AI fit into dispatching?

User: It's sneaking in everywhere. Our fleet system, [[Samsara|SOFTWARE]], has AI dash cams now. They flag harsh braking, phone use, following too close, even drowsiness. Our load planning is in [[McLeod|SOFTWARE]], and there's a newer add-on that suggests which driver should take which load based on hours of service and location. I use [[ChatGPT|AI_PRODUCT]] myself, mostly for writing: emails to brokers, explaining detention charges to customers, and sometimes translating. A lot of our drivers speak Punjabi, some are from [[Ukraine|COUNTRY]] and [[Nigeria|COUNTRY]], so sometimes I write a safety notice and have it make a version in Punjabi to double check my own.

AI: How do the drivers feel about the AI dash cams?

User: Ha, mixed is a polite word. Some of the older guys hate it. [[Big Dave|PERSON|nickname]], that's [[Dave Kowalchuk|PERSON]], he's been driving thirty years, he put tape over the driver-facing camera the first week. Our [[safety manager|GENERIC_ROLE]] had to have a talk with him. But then in [[February|GENERIC_TIME]] one of our guys, [[Marcel|PERSON]], got rear-ended on Highway 17 near [[Kenora|CITY]] in a whiteout, and the camera footage proved it wasn't his fault. Saved the company a lot of money and probably saved his job. After that even [[Dave|PERSON]] calmed down a bit.

AI: Have there been times when the AI recommendations didn't work?

User: Oh yeah. The load suggestion tool doesn't know people. It'll say send [[Harjit|PERSON]] to [[Chicago|CITY]] because he's got hours, but it doesn't know his wife is about to have a baby and he asked to stay close to home. Or it'll put a new driver on a winter run through northern [[Ontario|CITY]] that I'd never give a rookie. So I treat it like a suggestion. The real dispatching is still relationships. My [[boss|GENERIC_ROLE]] keeps saying the tool will let one person handle more trucks, and that's the part that worries me, they'll use it to cut a desk.

AI: How do you see things changing over the next few years?

User: Everybody talks about self-driving trucks. [[Elon Musk|PUBLIC_FIGURE]] has been promising that for years. In a [[Manitoba|CITY]] winter? I'll believe it when I see it. I think what's coming sooner is more of the office work automated: the billing, the paperwork, the border documents. My brother-in-law [[Jaspal|PERSON]] runs a small outfit in [[Brampton|CITY]], four trucks, and he's already using a chatbot to fill in customs forms. I told him be careful, if it gets a code wrong at the border your truck is sitting there for a day.

AI: Thanks so much, [[Gurpreet|PERSON]]. Would you be open to a follow-up conversation? How's best to reach you?

User: Yeah, no problem. Email me at [[gsandhu\u200b.dispatch@\u200bgmail\u200b.com|OBF_EMAIL|zero_width]], that's the one I actually read. Or call the office line, [[(204) 555-0187|PHONE_NUMBER]], and ask for [[Gary|PERSON]] in dispatch.""")

# 10 Philippines, public sector, administrative aide
T.append("""AI: Good morning, and thank you for joining. Could you tell me about yourself and your work?

User: Good morning po. I'm [[Maria Joy Dela Cruz|PERSON]], but everyone calls me [[Joy|PERSON|nickname]]. I'm [[35|AGE]], and I'm an [[administrative aide|JOB_TITLE]] at the [[Business Permits and Licensing Department|ORGANIZATION]] of [[Quezon City|CITY]] hall. I've been in government since [[2014|DATE]], I started as a job order and became permanent in [[2018|DATE]]. I live in [[Novaliches|CITY]] with my parents and my son.

AI: How do you use AI in your work?

User: Mostly for writing, po. We receive a lot of letters and complaints from business owners, and we need to reply formally in English. Before, my English letters took so long, I'm more comfortable in Tagalog. Now I use [[ChatGPT|AI_PRODUCT]] on my phone, I type what I want in Taglish and it makes a formal letter. Also [[Meta AI|AI_PRODUCT]] in [[Messenger|SOFTWARE]], because it's already there, free. For the monthly reports, I use [[Google Sheets|SOFTWARE]] and sometimes I ask [[ChatGPT|AI_PRODUCT]] how to make a formula, like counting permits per barangay.

AI: Does your office have any guidance on this?

User: Not yet po, officially. Our [[division chief|GENERIC_ROLE]], Ma'am [[Liza|PERSON]], she knows we use it and she said okay as long as there are no personal details. There was a memo from the [[DICT|ORGANIZATION]], and also the [[National Privacy Commission|ORGANIZATION]] always reminds us about the Data Privacy Act. So when I do letters, I don't put the name of the business owner or their tax number, I just type NAME in capital letters and then edit after.

AI: Can you give me an example where it really helped, or where it caused problems?

User: Helped: during renewal season in [[January|GENERIC_TIME]], it's very crazy, long lines. My officemate [[Bong|PERSON|nickname]], he made a list of frequently asked questions with [[ChatGPT|AI_PRODUCT]] and we printed it and posted it at the windows. The lines became a bit faster because people already knew the requirements. Problem: one time I asked [[ChatGPT|AI_PRODUCT]] about the fees for a certain permit, and it gave an amount from some other city, [[Makati|CITY]] I think, not ours. I almost told the applicant the wrong amount. Good thing Ma'am [[Liza|PERSON]] heard me. So now for fees and ordinances, I only follow the official schedule, never the AI.

AI: How do you feel about AI in government work more broadly?

User: Honestly, I'm excited but also a bit scared. When [[Marcos|PUBLIC_FIGURE]] talks about digital transformation and e-governance, I think yes, we need that, the people suffer in long lines. But many of us in the office are not trained. My co-worker, Tita [[Nora|PERSON]], is [[fifty-six|AGE]] and she still writes everything by hand first. And if AI does the letters, what happens to the job order workers? Many of them are breadwinners. My son [[Migo|PERSON|nickname]] is only [[nine|AGE]], but he's already asking [[ChatGPT|AI_PRODUCT]] for help with his homework, so his generation will be different.

AI: Thank you, [[Joy|PERSON]]. Would you be open to a follow-up, and how can we contact you? I understand there's also a form for the honorarium.

User: Yes po, of course. You can text or [[Viber|SOFTWARE]] me at [[0917 eight-two-three four-five-five-one|OBF_PHONE|mixed_digits_words]]. Email is [[mjdelacruz.bplo@gmail.com|EMAIL_ADDRESS]]. For the honorarium form, my TIN is [[412-905-337-000|NATIONAL_ID]]. Just tell me if you need other documents.""")

# 11 Germany, education, university lecturer
T.append("""AI: Thank you for taking part. Could you please introduce yourself and your work?

User: Yes, gladly. My name is [[Jonas Albrecht|PERSON]], I'm [[thirty-nine|AGE]], and I'm a [[lecturer|JOB_TITLE]], officially a [[research associate|JOB_TITLE]], at the [[Institute of Communication and Media Studies|ORGANIZATION]] at [[Universität Leipzig|SCHOOL]]. I teach seminars in media literacy for bachelor students and I'm finishing my habilitation, which in [[Germany|COUNTRY]] is the second big qualification after the PhD. I've been in [[Leipzig|CITY]] since [[2012|DATE]], originally I'm from a small town near [[Kassel|CITY]]. We live in [[Plagwitz|CITY]] with our two kids.

AI: How do you use AI in your teaching and research?

User: In research mainly for the boring things. I use [[DeepL|AI_PRODUCT]] constantly, because I write in German but publish in English, and [[DeepL Write|AI_PRODUCT]] to polish. For coding interview data I tried [[MAXQDA|SOFTWARE]]'s AI Assist, but honestly I don't trust it for interpretation, only to get a first overview of the material. For literature, I sometimes use [[Claude|AI_PRODUCT]] to summarise papers I don't have time to read in full, though I always check the original if I'm going to cite it. In teaching it's more complicated.

AI: Complicated in what way?

User: Well, the students all use [[ChatGPT|AI_PRODUCT]], and the university's position changed three times in two years. At first the message was basically "it's plagiarism", then "use it but declare it", and now we have a faculty guideline that each of us decides for their own course. In my seminar, students can use it, but they have to hand in an appendix with their prompts and explain what they changed. A colleague of mine, Frau Dr. [[Hartmann|PERSON]], does the opposite, she went back to oral exams completely. We had quite a heated discussion about it at the institute meeting in [[December|GENERIC_TIME]]. I think we're both partly right.

AI: Have you seen students use it in ways that surprised you?

User: Yes, in both directions. One student, [[Lea|PERSON]], used it to simulate a press spokesperson so she could practise interview questions for her project on local journalism, that was really creative. On the other hand, [[last semester|GENERIC_TIME]] I got three term papers with invented references, articles that sounded real, with real-sounding authors, but they did not exist. One even cited [[Niklas Luhmann|PUBLIC_FIGURE]] with a book title he never wrote. These weren't bad students, they were just under pressure, many of them work twenty hours a week on the side.

AI: What about institutional tools, does the university provide anything?

User: Since this year there is university-wide access to a chatbot based on [[GPT-4o|AI_PRODUCT]] through the state, for data protection reasons. In [[Saxony|CITY]] there is a project with several universities so that the data stays on German servers. It's okay, a bit slower. We also have [[Moodle|SOFTWARE]] of course, and there's talk about AI feedback on assignments, but the staff council is sceptical, which I understand. My wife [[Miriam|PERSON]] is a [[primary school teacher|JOB_TITLE]] in [[Markkleeberg|CITY]], and in schools it's even more chaotic, for a long time they got no guidelines at all from the ministry.

AI: Thank you, [[Jonas|PERSON]]. May we contact you again for a follow-up? How would you like to be reached?

User: Yes, of course. Please use my university address, written the way I write it on my website because of spam bots: [[jonas.albrecht(at)uni-leipzig(punkt)de|OBF_EMAIL|paren_at_punkt]]. My office phone is [[+49 341 97 35712|PHONE_NUMBER]], but I'm rarely there, so email is better. [[Tuesdays|GENERIC_TIME]] I'm in the office for sure.""")

# 12 South Africa, healthcare, pharmacist
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and your work?

User: Hi. I'm [[Thandeka Mthembu|PERSON]], I'm [[33|AGE]], and I'm a [[pharmacist|JOB_TITLE]] at [[Addington Hospital|ORGANIZATION]] in [[Durban|CITY]]. It's a public hospital, very busy. I did my community service year at a clinic in [[Pietermaritzburg|CITY]], then came to [[Addington|ORGANIZATION]] in [[2017|DATE]]. I grew up in [[Umlazi|CITY]] and I still live there with my mother and my little brother.

AI: How do you use AI in the pharmacy?

User: Not officially, hey. There is nothing AI in our hospital systems. We use [[RxSolution|SOFTWARE]] for stock, and that's a very old-school system. But personally I use [[ChatGPT|AI_PRODUCT]] quite a lot, on my phone. For example, to draft patient information leaflets in isiZulu. I write in English, ask it to translate, and then I correct it, because its isiZulu is, let's say, it sounds like a textbook, not like how a gogo in the queue speaks. Also for preparing presentations for the nurses' in-service training, like on insulin storage or TB medication adherence.

AI: Do your colleagues use it as well?

User: Some. [[Sipho|PERSON]], the other [[pharmacist|JOB_TITLE]] on my shift, he uses it to check drug interactions, and I told him, no man, use [[Medscape|SOFTWARE]] or the formulary, [[ChatGPT|AI_PRODUCT]] is not a drug reference. Our [[pharmacist's assistant|JOB_TITLE]], [[Lindiwe|PERSON]], she actually taught me most of the tricks, she's [[twenty-four|AGE]] and she learns everything on [[TikTok|SOFTWARE]]. The [[pharmacy manager|GENERIC_ROLE]] hasn't said anything about it. I don't think she knows how much we use it.

AI: Has it ever given you information that was wrong or risky?

User: Yes. Once I asked about dosing of a paediatric antibiotic, just to double check my calculation, and the answer was for a different formulation, a different milligrams per five ml. If someone was tired at the end of a night shift and just trusted it... that's a child's life. So I use it for language and for structure, never for the clinical numbers. For doses it's the Standard Treatment Guidelines and the package insert, finish and klaar.

AI: What do you think about AI in the public health system more broadly?

User: We have bigger problems first, honestly. Stockouts, load shedding, not enough staff. When Dr [[Motsoaledi|PUBLIC_FIGURE]] talks about NHI and digital health records, I think, we still have paper files that get lost between the clinic and the hospital. But I can see AI helping with things like predicting which clinics will run out of ARVs. That would actually save lives. I'd love to be part of something like that. I'm doing a part-time master's at [[UKZN|SCHOOL]] in pharmacy practice, so maybe that's my topic. My [[supervisor|GENERIC_ROLE]] there, Prof [[Naidoo|PERSON]], says it's a good idea if I can get the data.

AI: Thank you, [[Thandeka|PERSON]]. Would you be open to a follow-up conversation? How can we contact you?

User: Yes, definitely, especially if it's about the master's topic, ha. My cell is [[zero eight two, five five one, four four zero nine|OBF_PHONE|spelled_digits]], [[WhatsApp|SOFTWARE]] is fine. Email is [[thandeka.mthembu91@gmail.com|EMAIL_ADDRESS]]. I'm off on [[Wednesdays|GENERIC_TIME]], that's the best day to call.""")

# 13 Poland, construction, cost estimator
T.append("""AI: Good afternoon, thank you for taking part. Could you please introduce yourself?

User: Good afternoon. I am [[Tomasz Wieczorek|PERSON]], I am [[50|AGE]] years old, and I work as a [[cost estimator|JOB_TITLE]], in Polish we say [[kosztorysant|JOB_TITLE]], at [[Kruk-Bud|ORGANIZATION]], a general contractor in [[Wrocław|CITY]]. We build mostly residential buildings, some warehouses along the motorway. I live in [[Oleśnica|CITY]], about thirty kilometres away. I finished civil engineering at [[Politechnika Wrocławska|SCHOOL]] in [[1998|DATE]], and I have been doing cost estimation for almost twenty-five years.

AI: How does AI fit into cost estimation for you?

User: Honestly, not so much in the core. The core is [[Norma PRO|SOFTWARE]], the Polish estimating program, with the KNR catalogues. There is no AI there yet, or maybe they call something AI but it's just a search. Where I use AI is around it. For example, the investor sends a technical description of sixty pages, and I ask [[ChatGPT|AI_PRODUCT]] to make a list of all materials and standards mentioned. Also to write letters, because I must write very formal letters in Polish to investors and subcontractors, and sometimes in English or German for foreign clients. Last year we had a warehouse for a company from [[Denmark|COUNTRY]], and all correspondence was in English, so it helped a lot.

AI: How do your colleagues and the company see it?

User: The younger ones use it for everything. [[Agnieszka|PERSON]], she is [[twenty-eight|AGE]], an [[architect|JOB_TITLE]] by education, she uses [[Midjourney|AI_PRODUCT]] to make visualisations for the sales office, and the developers love it. Our [[site manager|JOB_TITLE]] on the [[Krzyki|CITY]] project, Pan [[Zbyszek|PERSON|nickname]], says AI will not pour concrete, and he is right. The board bought [[Copilot|AI_PRODUCT]] licences for the office this year, but there was no training, just an email from IT saying "now you have [[Copilot|AI_PRODUCT]]". Hmm, I mean, they wrote it in Polish of course.

AI: Can you describe a time when AI made a mistake in your work?

User: Yes. I asked [[ChatGPT|AI_PRODUCT]] for the current price of reinforcement steel per tonne in [[Poland|COUNTRY]], just as a check. It gave me a number from two years earlier, before the prices dropped, and it was very confident. If I used that number, we would be too expensive and lose the tender. Prices I only take from [[Sekocenbud|SOFTWARE]] and from our suppliers directly. I think for prices AI is dangerous, because the market in construction changes so quickly, especially after the war in [[Ukraine|COUNTRY]], steel and energy went crazy.

AI: Has it changed anything in your family or personal life?

User: My son [[Kuba|PERSON|nickname]], I mean [[Jakub|PERSON]], studies computer science at the same university where I studied, and he tells me that in ten years there will be no estimators, only the machine. Maybe he is right. But someone must sign the estimate and take responsibility. I told him, when the building cracks, the investor will not sue [[ChatGPT|AI_PRODUCT]]. He laughed. My wife [[Ewa|PERSON]] is more worried than me, she works in accounting at a firm in [[Wrocław|CITY]] and they already reduced two positions.

AI: Thank you, [[Tomasz|PERSON]]. Would you be available for a follow-up interview? How can we reach you?

User: Yes, no problem. Write to me privately: [[t.wieczorek małpa o2 kropka pl|OBF_EMAIL|polish_malpa_kropka]]. Małpa means monkey, it is how we say the @ sign. Phone [[+48 601 338 925|PHONE_NUMBER]], after four o'clock is best, before that I am on site or in meetings.""")

# 14 Japan, hospitality, ryokan proprietress
T.append("""AI: Thank you for joining us today. Could you introduce yourself and your work?

User: Thank you. My name is [[Haruka Takeda|PERSON]]. I am [[42|AGE]]. I am the [[okami|JOB_TITLE]], that means something like the [[proprietress|JOB_TITLE]], of [[Asanoya|ORGANIZATION]], a small ryokan in [[Kanazawa|CITY]]. We have eleven rooms. It is my husband's family business, his great-grandfather started it. I married [[Kenji|PERSON]] in [[2008|DATE]] and moved from [[Osaka|CITY]], and I became [[okami|JOB_TITLE]] when his mother retired in [[2019|DATE]].

AI: How do you use AI at the ryokan?

User: Mainly for foreign guests. [[Kanazawa|CITY]] became very popular with foreign tourists, and now more than half of our guests are from abroad: [[Taiwan|COUNTRY]], [[Australia|COUNTRY]], the [[United States|COUNTRY]], [[France|COUNTRY]]. My English is not so good, so I use [[ChatGPT|AI_PRODUCT]] to write replies to reviews and emails, and [[DeepL|AI_PRODUCT]] for checking. Also [[Pocketalk|AI_PRODUCT]], the translation device, at the front desk. For example, explaining the onsen rules, or why you must not wear the toilet slippers in the room, ha ha.

AI: How do your staff and family feel about it?

User: My mother-in-law was against it at first. She thinks omotenashi, Japanese hospitality, must come from the heart, not from a machine. But now she asks me to use it when a guest from [[Australia|COUNTRY]] asks her something about the tea ceremony. Our staff, Ms. [[Ikeda|PERSON]], she has worked here for thirty years, she uses the translation device with no problem. The young part-timers, students from [[Kanazawa University|SCHOOL]], use [[ChatGPT|AI_PRODUCT]] on their phones for everything. [[Kenji|PERSON]] is our [[head chef|JOB_TITLE]], and he used it to make the English menu descriptions for the kaiseki dinner, but it described jibuni, our local duck dish, as "duck in glue sauce". We laughed a lot, but we changed it.

AI: Were there any difficult times when AI helped you, or failed you?

User: After the [[Noto|CITY]] earthquake, at the start of last year, we had so many cancellations. Many guests wrote worried emails, asking if [[Kanazawa|CITY]] is safe. I had to answer maybe two hundred emails in a few days, in English, Chinese, Korean. [[ChatGPT|AI_PRODUCT]] helped me so much, I could write one careful answer and adapt it. But I was careful to check the facts on the prefecture website, because it was a sensitive time, some of our staff have family in [[Wajima|CITY]]. I did not want the AI to say something wrong about the disaster.

AI: What are your hopes or worries about AI for your business in the future?

User: My worry is that everything becomes the same. The big booking sites, [[Rakuten Travel|ORGANIZATION]], [[Booking.com|ORGANIZATION]], they already use AI to tell guests what to like. If everybody uses AI for reviews and replies, all ryokan will sound the same. Our daughter [[Mio|PERSON]] is [[fourteen|AGE]], and she wants to take over one day, maybe. I hope by then the machine does the emails and she can spend her time with the guests. That is the real work.

AI: Thank you, [[Takeda|PERSON]]-san. Would you be willing to do a follow-up? How can we contact you?

User: Yes, with pleasure. Please email me. In [[Japan|COUNTRY]] we say "atmark" for the @, so: [[takeda.h atmark asanoya-kanazawa dot jp|OBF_EMAIL|japanese_atmark]]. The ryokan phone is [[076-221-4873|PHONE_NUMBER]]. And our Instagram is [[@asanoya_kanazawa|SOCIAL_HANDLE]], my daughter takes the pictures.""")

# 15 USA, IT, school district sysadmin
T.append("""AI: Thanks for joining. Can you tell me about yourself and your role?

User: Yeah, sure. I'm [[Marcus Bell|PERSON]], I'm [[36|AGE]], and I'm the [[systems administrator|JOB_TITLE]] for [[Black River Local Schools|ORGANIZATION]]. It's a small district in northern [[Ohio|CITY]], about 1,800 students across four buildings. Basically I'm half of the IT department, the other half is [[Deshawn|PERSON]], our [[network tech|JOB_TITLE]]. I live in [[Elyria|CITY]], grew up in [[Lorain|CITY]], went to [[Lorain County Community College|SCHOOL]] for my associate's and then got my certs. I've been with the district since [[2015|DATE]].

AI: How do you use AI in your work?

User: Mostly scripting. I write a lot of [[PowerShell|SOFTWARE]] for managing devices, we've got something like 2,000 Chromebooks and 400 [[Windows|SOFTWARE]] laptops in [[Intune|SOFTWARE]]. I'll ask [[Copilot|AI_PRODUCT]] or [[ChatGPT|AI_PRODUCT]] to draft a script, like, "find every device that hasn't checked in for 30 days and export to CSV", and then I fix it. It gets me 70% of the way there. It's also great for reading error logs. I paste in the log, scrubbed, and ask what's going on. Saves me a ton of googling.

AI: The district is a school environment. Are there particular concerns there?

User: Oh, huge ones. Student data is the big thing, FERPA, plus [[Ohio|CITY]] has its own student privacy law. So one of my jobs now is actually blocking stuff. Teachers were signing up for random AI tools with their school accounts and uploading class rosters to make seating charts or IEP summaries. I had to sit down with our [[superintendent|GENERIC_ROLE]] and the [[curriculum director|GENERIC_ROLE]] and build an approved list. We went with [[Gemini|AI_PRODUCT]] for staff because we're a [[Google Workspace|SOFTWARE]] district and it's covered under our agreement, and [[MagicSchool|AI_PRODUCT]] for teachers. Everything else is blocked on the filter.

AI: How did the staff react to that?

User: Mixed. Some were relieved to finally have guidance. Some were mad because their favorite tool got blocked mid-semester. One of the English teachers, Mrs. [[Kowalski|PERSON]], came to my office pretty upset because she'd built her whole unit around some essay grading site. I get it. But when I read their privacy policy it said they could use uploaded content to train their models. With minors' essays? No way. We found her an alternative and she's okay now, I think. She brought me cookies, so I'm taking that as a yes.

AI: Has AI changed how you think about your own job or career?

User: Yeah, I think about it a lot. In a small district, I'm never going to get replaced by AI, there's nobody to replace me with, ha. If anything, AI is how two people do the work of five. But I do think the helpdesk side will change. My wife [[Tasha|PERSON]] is a [[nurse|JOB_TITLE]] at [[Cleveland Clinic|ORGANIZATION]] and she says they've got AI writing draft replies to patient messages now. Stuff like that will come to schools too. And when I hear [[Sundar Pichai|PUBLIC_FIGURE]] or whoever saying AI will write all the code, I think, sure, but somebody's still gotta figure out why the printer in the middle school office won't connect.

AI: Thanks, [[Marcus|PERSON]]. Can we contact you for a follow-up? What's the best way?

User: Sure. Work email is fine: [[mbell@blackriverschools.org|EMAIL_ADDRESS]]. Or my cell: [[four-four-oh, five-five-five, oh-one-nine-two|OBF_PHONE|spelled_digits]]. And I'm on Reddit as [[u/patchtuesday_marcus|SOCIAL_HANDLE]] if you're into that, I post in the sysadmin sub way too much.""")

# 16 Argentina, media, radio producer
T.append("""AI: Hi, thanks for joining. Can you tell me about yourself and your work?

User: Hi! I'm [[Florencia Giménez|PERSON]], but everyone says [[Flor|PERSON|nickname]]. I'm [[28|AGE]] and I'm a [[radio producer|JOB_TITLE]] at [[FM La Docta|ORGANIZATION]] in [[Córdoba|CITY]]. I produce the morning show, from six to ten, which is news, interviews, a bit of football and a lot of chatting. I studied social communication at the [[Universidad Nacional de Córdoba|SCHOOL]] and I've been at the station since [[2019|DATE]]. I live in [[Nueva Córdoba|CITY]], walking distance, which is a blessing when you start at five in the morning.

AI: How do you use AI in producing the show?

User: A lot, and it grew very fast. First thing in the morning I use [[ChatGPT|AI_PRODUCT]] to summarise the main newspapers and the wire stories, so I can build the rundown quickly. Then, for interviews, I use [[Whisper|AI_PRODUCT]] to transcribe the audio, so we can cut quotes for the news bulletins and for the website. For cleaning audio from phone interviews, [[Adobe Podcast|AI_PRODUCT]] is magic, really, a guy calling from a truck on the highway sounds like he's in the studio. And we still edit in [[Audacity|SOFTWARE]], because the station has no money for anything else.

AI: How does the [[host|JOB_TITLE]], or the rest of the team, feel about this?

User: The [[host|JOB_TITLE]] is [[Gustavo Ruiz|PERSON]], but everybody calls him [[Tano|PERSON|nickname]]. He's [[sixty-one|AGE]] and he's been on radio in [[Córdoba|CITY]] for forty years. He refuses to read anything he knows the AI wrote. He says the listeners can smell it. Which is a bit true! The AI writes in a very neutral Spanish, like from [[Spain|COUNTRY]] or a dubbed movie, no accent, no humour. So I use it for the structure and then I rewrite it our way. The [[technical operator|JOB_TITLE]], [[Nacho|PERSON|nickname]], loves it, he's always testing new tools, he even made a fake jingle with [[Suno|AI_PRODUCT]] that we actually used for a month.

AI: Have you had any problems with accuracy or ethics?

User: Yes. The worst was during the election campaign. We received an audio on [[WhatsApp|SOFTWARE]] supposedly of [[Milei|PUBLIC_FIGURE]] saying something outrageous about the farmers here. It sounded real. I almost put it in the bulletin. Then [[Nacho|PERSON]] analysed it and it was clearly generated, there were weird breaths in the wrong places. Since then we have a rule: no audio from [[WhatsApp|SOFTWARE]] without a second source. Also, with transcription, [[Whisper|AI_PRODUCT]] once wrote the name of a local councillor wrong, it turned her surname into a brand of yerba mate, ha. It was on the website for two hours before someone noticed.

AI: Do you worry about AI affecting jobs in radio?

User: Of course. In [[Buenos Aires|CITY]] there are already stations with AI voices doing the overnight programming, and AI reading the weather. Local radio is very precarious already, with the economic crisis. My mother, [[Graciela|PERSON]], asks me if I'm going to lose my job to a robot. I tell her, Mamá, a robot can't go to the [[Belgrano|ORGANIZATION]] stadium and interview fans crying after a derby. And [[Messi|PUBLIC_FIGURE]] won't give an interview to a chatbot, ha. But honestly, yes, I'm worried about the younger producers, the ones doing the jobs that are easy to automate.

AI: Thank you, [[Flor|PERSON]]. Can we contact you for a follow-up? What's the best way?

User: Yes, sure! Email: [[florgimenez [arroba] outlook [punto] com|OBF_EMAIL|bracket_arroba_punto]]. Or my phone, also [[WhatsApp|SOFTWARE]]: [[3 5 1 6 2 4 8 8 1 7|OBF_PHONE|spaced_digits]], with the country code in front if you're calling from outside. And my Instagram is [[@flor.enlaradio|SOCIAL_HANDLE]], it looks like the show's account but it's mine, personal.""")

# 17 Ghana, agriculture, cocoa extension officer
T.append("""AI: Good afternoon, and thank you for agreeing to talk with me. Could you introduce yourself?

User: Good afternoon. My name is [[Kwabena Asante|PERSON]], I'm [[45|AGE]] years, and I'm a [[cocoa extension officer|JOB_TITLE]] with the [[Ghana Cocoa Board|ORGANIZATION]], under the [[Cocoa Health and Extension Division|ORGANIZATION]]. I'm stationed in the [[Offinso|CITY]] district, but my family is in [[Kumasi|CITY]], so I travel back on [[weekends|GENERIC_TIME]]. I've been with [[COCOBOD|ORGANIZATION]] since [[2011|DATE]]. My work is to visit farmers, teach good agricultural practices, help with pruning, spraying, swollen shoot disease, and now also the registration for the traceability system.

AI: How does AI come into your work with farmers?

User: It's new, but it's coming. The main one I use is [[PlantVillage Nuru|AI_PRODUCT]], an app on the phone, you point the camera at the cocoa leaf or the pod and it tells you if there are black pod or swollen shoot symptoms. It works offline, which is very important, because in the villages there's no network. Then the farmers themselves, some of the young ones, use [[Darli|AI_PRODUCT]] on [[WhatsApp|SOFTWARE]], from [[Farmerline|ORGANIZATION]], they ask questions in Twi and it answers them. And I myself use [[ChatGPT|AI_PRODUCT]] for writing my monthly reports to the district office.

AI: How do the farmers respond to these tools?

User: It depends on age. The old farmers, like Opanin [[Kofi Boateng|PERSON]] in [[Nkenkaasu|CITY]], who has been farming cocoa since before I was born, he doesn't trust the phone. He says, my eyes have seen black pod for fifty years, what will the phone tell me? And he's right, he knows better than the app in many cases. But the women farmers' group there, led by Auntie [[Comfort|PERSON]], they were very interested. Auntie [[Comfort|PERSON]] made all the members download the app, and now she calls me when the app says something she's not sure of. She's very clever, that woman.

AI: Have there been any problems with the technology?

User: Yes. The app is trained on data from many countries, and sometimes the pictures it knows don't look like our conditions. There was a time it said a farm had swollen shoot when it was just nutrient deficiency, and the farmer was going to cut down his trees. Cutting down trees is serious, it's the family's income for years. I had to go personally and calm him. Also [[ChatGPT|AI_PRODUCT]] gives advice from [[Brazil|COUNTRY]] or [[Indonesia|COUNTRY]], like recommending chemicals that are not approved here in [[Ghana|COUNTRY]]. So I always tell the farmers: before you spray anything, call me or call the district office.

AI: How do you see the future of AI in cocoa farming?

User: It can help, especially with the new deforestation rules from [[Europe|CONTINENT]]. Every farm must be mapped and traced, that's a lot of data. And [[Mahama|PUBLIC_FIGURE]] has promised better prices for farmers, so everybody is watching. But we need more extension officers, not fewer. The ratio is something like one officer to a thousand farmers. Technology can help us, it cannot replace walking to the farm. My daughter [[Ama|PERSON]] is studying agricultural engineering at [[KNUST|SCHOOL]], and she wants to build an app in Twi for cocoa farmers. I told her, go and spend one season with Opanin [[Kofi|PERSON]] first.

AI: Thank you, [[Kwabena|PERSON]]. Would you be open to a follow-up, and how can we reach you?

User: Yes, I'm happy to. My number, also [[WhatsApp|SOFTWARE]]: [[O24 4I7 6O93|OBF_PHONE|letter_substitution]]. Sometimes the network is bad in the villages, so if I don't answer, send a message. Email is [[kasante.cocoa@gmail.com|EMAIL_ADDRESS]], I check it in the evenings when I'm back in town.""")

# 18 Netherlands, transport, timetable planner
T.append("""AI: Thanks for joining. Could you introduce yourself and describe your work?

User: Sure. I'm [[Sanne de Vries|PERSON]], I'm [[31|AGE]], and I work as a [[timetable planner|JOB_TITLE]] at [[RET|ORGANIZATION]], the public transport company in [[Rotterdam|CITY]], so metro, tram and bus. I make the timetables and the duty schedules for the drivers. I studied transport engineering at [[TU Delft|SCHOOL]], then did a traineeship at [[NS|ORGANIZATION]], the national railways, and moved to [[RET|ORGANIZATION]] in [[2020|DATE]]. I live in [[Kralingen|CITY]], so I cycle to the office every day, rain or not.

AI: Where does AI come into timetable planning?

User: The core planning is done in [[HASTUS|SOFTWARE]], which is an optimisation tool. It's not really AI in the [[ChatGPT|AI_PRODUCT]] sense, more operations research, but management likes to call it AI now. Ha. Where I personally use generative AI is [[Copilot|AI_PRODUCT]], which we have in the [[Microsoft|ORGANIZATION]] environment. I use it to write [[Python|SOFTWARE]] scripts to analyse punctuality data, and in [[Power BI|SOFTWARE]] to make dashboards. And for summarising the long documents from the [[MRDH|ORGANIZATION]], that's the metropolitan region that commissions our services, about the concession requirements.

AI: Can you give an example of a time it helped a lot?

User: Last year we had a big tram timetable change because of works around the central station. I had to compare the old and new timetables for eight lines and write a summary for the drivers' communication. My colleague [[Bram|PERSON]] and I used [[Copilot|AI_PRODUCT]] to generate the comparison tables from the exports, and it saved us maybe two days. But we found errors, it once swapped two line numbers, 23 and 25, so [[Mo|PERSON|nickname]], I mean [[Mohammed El Amrani|PERSON]], he's the [[duty scheduler|JOB_TITLE]], checked everything line by line before it went out.

AI: Are there rules at [[RET|ORGANIZATION]] about using AI?

User: Yes, since this year there's an AI policy. We can only use [[Copilot|AI_PRODUCT]] with our work account, not the public [[ChatGPT|AI_PRODUCT]], and no personal data of staff or passengers. That's important for my work, because duty schedules are linked to real drivers, with their names, personnel numbers, sometimes medical restrictions, like someone who can't drive at night. That must never go into any AI tool. The works council was quite involved in writing the policy. They worry that AI optimisation will make duties harder for drivers, like more split shifts. And honestly, that worry is fair.

AI: How do you feel personally about AI in your field?

User: Curious, a bit sceptical. The planning tools are really good at the maths, but a good schedule is also about people. A driver who has young kids, or someone who lives in [[Spijkenisse|CITY]] and needs to be home before the last metro. My boyfriend [[Daan|PERSON]] works at an AI startup in [[Amsterdam|CITY]] and he's very optimistic, we have discussions at dinner about it. I read the book by [[Kate Crawford|PUBLIC_FIGURE]], about the hidden costs of AI, and it made me think about how invisible the workers behind it are.

AI: Thank you, [[Sanne|PERSON]]. Can we contact you for a follow-up? How would you like to be reached?

User: Yes, that's fine. My private email is [[s.devries apenstaartje ziggo punt nl|OBF_EMAIL|dutch_apenstaartje_punt]], apenstaartje is the little monkey tail, the @. Phone [[06 1843 2290|PHONE_NUMBER]]. Or find me on LinkedIn, [[linkedin.com/in/sanne-devries-ov|URL]].""")

# 19 Vietnam, healthcare, head nurse
T.append("""AI: Thank you for joining. Could you please introduce yourself and your job?

User: Thank you. My name is [[Nguyễn Thị Lan|PERSON]]. In [[Vietnam|COUNTRY]] we say the family name first, so you can call me [[Lan|PERSON]]. I am [[37|AGE]] years old. I am a [[head nurse|JOB_TITLE]] in the cardiology department at [[Đà Nẵng Hospital|ORGANIZATION]] in [[Đà Nẵng|CITY]]. I have worked there since [[2010|DATE]], after I graduated from the [[Đà Nẵng University of Medical Technology and Pharmacy|SCHOOL]]. I live in [[Hải Châu|CITY]] district with my husband and two children.

AI: How do you use AI in your work?

User: In the hospital, the information system is from a Vietnamese company, there is no AI in it yet. But I use [[ChatGPT|AI_PRODUCT]] myself, especially to read English materials. Our department wants to follow international guidelines for heart failure nursing, from the [[American Heart Association|ORGANIZATION]] and the [[ESC|ORGANIZATION]], and my English is only medium. So I paste a part and ask [[ChatGPT|AI_PRODUCT]] to translate it into Vietnamese and explain simply. Then I make training slides for the nurses. I also use [[Zalo|SOFTWARE]] a lot, it's our messaging app, and now [[Zalo|SOFTWARE]] has an AI assistant too, but I don't use that much.

AI: How do the doctors and other nurses feel about it?

User: The young nurses use it a lot, the older ones not so much. The [[head of department|GENERIC_ROLE]], Dr. [[Phạm Minh Tuấn|PERSON]], is quite modern, he studied in [[France|COUNTRY]] for two years, in [[Lyon|CITY]]. He said we can use AI for learning and for writing, but we must not put any patient information, not the name, not the medical record number. One nurse in my team, [[Thảo|PERSON]], used [[ChatGPT|AI_PRODUCT]] to write the nursing care plan for a patient and she copied the patient's name and age into it. Dr. [[Tuấn|PERSON]] was very angry. After that I made a short training about data privacy for the team.

AI: Has AI ever given you wrong information?

User: Yes. When I asked about the dosage of a diuretic for elderly patients, it gave the standard dose but did not consider kidney function, which is very important in cardiology. I knew it was wrong because I have experience, but a new nurse might not know. Also sometimes the Vietnamese translation of medical words is strange. It translated "heart failure" in a way that sounds like the heart stopped completely, that would scare the patients. So I always check with the documents from the [[Ministry of Health|ORGANIZATION]].

AI: What do you hope for the future?

User: I hope the hospital will have official AI tools that are safe, maybe for helping with the documentation, because nurses in [[Vietnam|COUNTRY]] spend so much time writing by hand. My husband, anh [[Hùng|PERSON]], works at a software company here, [[FPT Software|ORGANIZATION]], and he says they are building AI for hospitals. Maybe one day. But I also worry that the hospital will use it to reduce nurses. We already have too few nurses for the patients, one nurse for maybe fifteen patients on the night shift.

AI: Thank you, [[Lan|PERSON]]. Would you be open to a follow-up interview? How can we contact you?

User: Yes, of course. You can message me on [[Zalo|SOFTWARE]] with my phone number, [[0905 338 417|PHONE_NUMBER]]. My email is [[lan.nguyen.dn (a) gmail (.) com|OBF_EMAIL|paren_a_dot]]. I check email in the evening after the children sleep.""")

# 20 USA, public sector, chief deputy clerk
T.append("""AI: Thank you for making the time. Could you tell me about yourself and your role?

User: Sure, hon. I'm [[Rosalind Trujillo|PERSON]], [[Roz|PERSON|nickname]] to everybody, and I'm the [[chief deputy clerk|JOB_TITLE]] at the [[Rio Arriba County Clerk's Office|ORGANIZATION]] up in northern [[New Mexico|CITY]]. I'm [[fifty-eight|AGE]]. I started in this office as a [[recording clerk|JOB_TITLE]] in [[1994|DATE]], right out of [[Northern New Mexico College|SCHOOL]], so it'll be thirty years [[this fall|GENERIC_TIME]]. We do recording, deeds, liens, marriage licenses, and elections, which is the part that keeps me up at night. I live in [[Española|CITY]], same as where I grew up.

AI: How is AI showing up in your office?

User: Slowly, and carefully, which is how it should be in a county. The county rolled out [[Copilot|AI_PRODUCT]] for some departments last year, and I was one of the people who got it. I use it to draft things like public notices, the letters to voters whose registrations got flagged, and to summarize the guidance from the state, which comes in these long memos. Our records are in [[Laserfiche|SOFTWARE]], and there's some kind of AI search in there now that helps find old deeds by describing them, which honestly is pretty neat. Before, you had to know the book and the page.

AI: Are there areas where you won't use it?

User: Elections, absolutely not, not for anything that touches a ballot or a voter's record. After these last few elections people are suspicious enough. If somebody found out a computer program "helped" with the canvass, that would be all over Facebook by lunchtime. Also anything with Social Security numbers, which is a lot of what comes through on recorded documents, even though it shouldn't. Our [[county clerk|GENERIC_ROLE]] agrees with me on that one hundred percent.

AI: Who in the office has been most enthusiastic, or most skeptical?

User: Oh, [[Arturo|PERSON]], he's our youngest, he's [[twenty-six|AGE]], he'd put the whole office on AI tomorrow if we let him. He made a little chatbot thing for the front counter questions, how much does it cost to record a deed, what do I need for a marriage license, and honestly it's good, it saves the girls at the counter a lot of repeating. Most skeptical is probably me, ha. Me and [[Dolores|PERSON]], who's been here even longer than me. My granddaughter [[Mia|PERSON]] is at [[Santa Fe Community College|SCHOOL]] and she says her professors can't agree on it either.

AI: What would make you more comfortable with AI in government work?

User: Training, first. Real training, not a video. And clear rules from the state. I heard [[Michelle Lujan Grisham|PUBLIC_FIGURE]] talking about AI in state government on the radio, and that's fine, but the counties don't have the money the state has. And I'd want to know where the data goes. When I read the fine print on these things, half the time the data's sitting on a server who knows where. People trust us with their land records and their marriages. That's not nothing.

AI: Thank you, [[Roz|PERSON]]. Would you be willing to do a follow-up, and what's the best way to reach you?

User: Sure, happy to. Don't use my county email, we get audited for everything. My personal one is [[roz underscore trujillo at comcast dot net|OBF_EMAIL|spelled_underscore_at_dot]]. Or call me at home in the evenings, [[(505) 555-0143|PHONE_NUMBER]]. Leave a message and I'll call you back, I don't pick up numbers I don't know.""")

# 21 Chile, education, primary teacher
T.append("""AI: Hello, thank you for participating. Could you tell me about yourself and your work?

User: Hello! I'm [[Camila Soto Valenzuela|PERSON]], I'm [[32|AGE]], and I'm a [[primary school teacher|JOB_TITLE]], here we say profesora de educación básica, at the [[Escuela Básica Los Placeres|SCHOOL]] in [[Valparaíso|CITY]]. It's a public school up in the hills, many of the families are quite vulnerable. I teach fourth grade, and I'm also the [[homeroom teacher|JOB_TITLE]] of that class. I live in [[Viña del Mar|CITY]] and I've been at the school since [[2016|DATE]], after I finished my degree at the [[Universidad de Playa Ancha|SCHOOL]].

AI: How does AI come into your work?

User: Mostly for planning and materials. The [[Ministry of Education|ORGANIZATION]] has the whole curriculum on the web, but adapting it to my kids takes so much time. So I use [[ChatGPT|AI_PRODUCT]] to create worksheets, short stories with the vocabulary we're learning, maths problems with local contexts, like counting the passengers on the ascensores, the old funiculars of [[Valparaíso|CITY]]. The kids love it when the problems are about their own neighbourhood, [[Cerro Alegre|CITY]] or [[Playa Ancha|CITY]]. Then I design everything in [[Canva|SOFTWARE]], which has its own AI now too. The reports for parents, no, those I write myself.

AI: Do you use it for students with specific needs?

User: Yes, and that's where I'm most careful. In my class I have three kids in the school integration programme, with the [[special education teacher|JOB_TITLE]], [[Marta|PERSON]], the kids call her tía [[Marta|PERSON]]. One boy, [[Benja|PERSON|nickname]], has dyslexia and ADHD, and we use [[Gemini|AI_PRODUCT]] to turn the texts into shorter pieces with pictograms. But I never put his name or his diagnosis report in, because those reports are very sensitive, they have the evaluation from the psychologist and the whole family situation. I just describe the need, like "a child who reads slowly and gets tired with long paragraphs".

AI: What has been the reaction from colleagues or the school leadership?

User: Mixed. Our [[academic coordinator|GENERIC_ROLE]] encouraged us, she even ran a workshop. But some older colleagues think it's lazy. One colleague told me that [[Gabriela Mistral|PUBLIC_FIGURE]] didn't need a robot to teach, and I said, yes, but she also didn't have forty-two kids in a room with no heating in [[July|GENERIC_TIME]]. Ha. I think it's a tool, like the photocopier was. Also, the internet at school is terrible, so I prepare everything at home at night, which is not ideal for my life. My partner, [[Felipe|PERSON]], complains that I'm always on the laptop on [[Sundays|GENERIC_TIME]].

AI: Have you seen the children using AI?

User: They're in fourth grade, so not much in class, we don't have devices. But some have older siblings who use it, and one girl, [[Antonella|PERSON]], came with homework that had "as an AI language model" written in the middle of it. We laughed together, and I used it to explain to the class what these tools are and why you should always check them. The parents are the bigger issue, many share fake news from [[WhatsApp|SOFTWARE]] groups, so digital literacy is for the whole family, not only the kids.

AI: Thank you, [[Camila|PERSON]]. May we contact you for a follow-up? How would you prefer to be reached?

User: Yes, of course. My phone, also [[WhatsApp|SOFTWARE]], I'll write it like this because I had problems with spam: [[+56 9 ocho siete seis cuatro, dos uno cero tres|OBF_PHONE|spanish_number_words]]. My email is [[camila.soto.v@gmail.com|EMAIL_ADDRESS]]. And for the gift card they asked me for my RUT, it's [[17.884.203-5|NATIONAL_ID]].""")

# 22 Indonesia, IT, backend developer
T.append("""AI: Hi, thanks for joining. Could you introduce yourself?

User: Hi, thanks. I'm [[Rizky Pratama|PERSON]], [[26|AGE]], [[backend developer|JOB_TITLE]] at [[Sawit Data Nusantara|ORGANIZATION]], an agritech startup in [[Jakarta|CITY]]. We build software for palm oil smallholders: tracking harvests, sales to the mills, certification stuff. I live in [[Depok|CITY]] and commute on the KRL, the commuter train, which is where I do most of my reading. I'm originally from [[Yogyakarta|CITY]], I studied computer science at [[UGM|SCHOOL]] and moved to [[Jakarta|CITY]] in [[2021|DATE]].

AI: How do you use AI in your development work?

User: Pretty much all day. I use [[Cursor|AI_PRODUCT]] as my editor, it has AI built in, and the company pays for [[GitHub Copilot|AI_PRODUCT]] too, but most of us switched to [[Cursor|AI_PRODUCT]]. I use it to write boilerplate in [[Golang|SOFTWARE]] and [[PostgreSQL|SOFTWARE]] queries, and to write tests. For debugging I still use [[ChatGPT|AI_PRODUCT]] or [[Claude|AI_PRODUCT]] in the browser when the problem is more conceptual. Our [[CTO|GENERIC_ROLE]], Mas [[Aditya|PERSON]], we call him Mas [[Adit|PERSON|nickname]], encourages it, he says use everything, just understand what you merge.

AI: How has that changed the way your team works?

User: We ship faster, definitely. We're a team of six engineers serving thousands of farmers in [[Riau|CITY]], [[Jambi|CITY]] and [[Kalimantan|CITY]], so we have to. But there's a cost. Code review became harder because there's more code and some of it nobody really wrote, you know? [[Last month|GENERIC_TIME]] a junior, [[Nadia|PERSON]], merged a migration that [[Cursor|AI_PRODUCT]] generated and it dropped an index in production. The app became so slow right during harvest reporting. Mas [[Adit|PERSON]] was not angry, but we made new rules: AI-generated migrations must be reviewed by two people.

AI: What about data, are there concerns there?

User: Yes, because our data includes farmers' names, their land coordinates, their NIK, that's the national ID number, and bank details for payments. Under the new personal data protection law we have to be careful. So the rule is: no production data goes into any AI tool, only synthetic data. I made a script that generates fake farmers with fake NIKs for testing. Also, some of our investors are from [[Singapore|COUNTRY]] and they ask a lot about AI governance, so the [[CTO|GENERIC_ROLE]] wrote a policy document, with [[Claude|AI_PRODUCT]] helping, ha.

AI: How do you feel about your future as a developer with these tools?

User: Honestly, a bit anxious and a bit excited. When [[Jokowi|PUBLIC_FIGURE]] was still president he talked about digital talent, nine million digital talents, and now everyone says AI will replace junior developers. My younger brother [[Fajar|PERSON]] is [[nineteen|AGE]] and wants to study informatics, and I'm not sure what to tell him. I told him: learn the fundamentals, learn how databases actually work, because AI makes the easy part easier but the hard part is still hard. I also started a small YouTube channel explaining backend stuff in Indonesian.

AI: Thanks, [[Rizky|PERSON]]. Would you be open to a follow-up? How can we contact you?

User: Sure! Email me at [[rizky_p (at) sawitdata (dot) id|OBF_EMAIL|paren_at_dot]]. I'm on Telegram as [[@rizkyp_dev|SOCIAL_HANDLE]], that's the fastest. And my GitHub is [[github.com/rizkypratama-dev|URL]] if you want to see my side projects.""")

# 23 Spain, hospitality, restaurant chef
T.append("""AI: Hello, thank you for joining. Could you tell me a bit about yourself and your work?

User: Hola, yes. I'm [[Amparo Ribes|PERSON]], I'm [[49|AGE]], and I run [[Casa Amparo|ORGANIZATION]], a small restaurant in [[Ruzafa|CITY]], in [[Valencia|CITY]]. I'm the [[head chef|JOB_TITLE]] and I also do the accounts, the ordering, everything. Rice dishes mostly, paella on [[weekends|GENERIC_TIME]] and a menú del día during the week. I opened in [[2012|DATE]], in the middle of the crisis, everyone said I was crazy. Before that I cooked for eleven years in hotels in [[Benidorm|CITY]].

AI: How do you use AI in the restaurant?

User: My daughter [[Lucía|PERSON]] is the one who brought it in. She's [[22|AGE]] and she does the Instagram and the bookings. She uses [[ChatGPT|AI_PRODUCT]] to translate the menu into English, French, German, because [[Ruzafa|CITY]] is full of tourists now. She also uses it to answer the reviews on [[Google Maps|SOFTWARE]] and on [[TheFork|ORGANIZATION]]. I use it a little myself, for the allergen sheets. We have to list the fourteen allergens for every dish, by law, so I give it the recipe and it makes the table, and then I check, because once it forgot the celery in the sofrito, and that can be a serious problem.

AI: Have you had situations where it caused problems?

User: Yes, the menu translation. It translated "all i pebre", an eel dish from here, as "garlic and pepper", which is literally correct, but the tourists ordered it thinking it was a vegetable thing, and then the eel arrives. Ha. One German man was very upset. Now [[Lucía|PERSON]] writes a small explanation under it. Also, once a review said the paella was "too dry", and [[ChatGPT|AI_PRODUCT]] wrote a reply that apologised and offered a free dinner! I would never. The socarrat is supposed to be like that. [[Lucía|PERSON]] almost posted it. I told her, hija, read before you press the button.

AI: What about the staff, how do they feel?

User: In the kitchen, nobody uses it. [[Nando|PERSON|nickname]], my [[sous-chef|JOB_TITLE]], has been with me ten years and he laughs at it. He says the machine doesn't know how to make a fire with orange wood. The waiters, some of them are students from [[Colombia|COUNTRY]] and [[Argentina|COUNTRY]], they use it for their studies. And my [[accountant|JOB_TITLE]], [[Pepe|PERSON|nickname]], says the [[Agencia Tributaria|ORGANIZATION]] is using AI to find restaurants that declare too little. So everybody is a bit nervous, ha.

AI: What do you think about the future, for restaurants like yours?

User: For small places like mine, AI can help with the paperwork, the translations, maybe the orders to suppliers. But the food, the welcome, that's us. [[Ferran Adrià|PUBLIC_FIGURE]] said something once, that cooking is a language, I don't remember exactly. The machine can translate the menu, but it can't speak that language. What worries me more is the platforms, [[Glovo|ORGANIZATION]] and all that, they use algorithms to squeeze the restaurants. That's already AI, no? And they take thirty percent of every order.

AI: Thank you, [[Amparo|PERSON]]. Would you be open to a follow-up, and how can we reach you?

User: Yes, claro. Write to [[amparo@casaamparo.es|EMAIL_ADDRESS]], [[Lucía|PERSON]] reads it too. Or call me, but not between one and four, we are full. The number is [[+34 six-four-seven, 21, 88, 30|OBF_PHONE|mixed_words_digits]]. And our Instagram, if you want to see the paellas, is [[@casaamparo_ruzafa|SOCIAL_HANDLE]].""")

# 24 Fiji, construction, civil engineer
T.append("""AI: Bula, and thank you for joining. Could you tell me about yourself and your work?

User: Bula vinaka. I'm [[Sereana Vunivalu|PERSON]], I'm [[40|AGE]], and I'm a [[civil engineer|JOB_TITLE]] with the [[Fiji Roads Authority|ORGANIZATION]], based in [[Suva|CITY]]. I look after bridge and road rehabilitation projects in the [[Central Division|CITY]]. I joined the [[FRA|ORGANIZATION]] in [[2016|DATE]], just after Cyclone Winston, so my first year was all emergency repairs. Before that I studied at the [[University of the South Pacific|SCHOOL]] and then did my master's in [[Auckland|CITY]]. I live in [[Nasinu|CITY]] with my husband and our three boys.

AI: How does AI come into your work?

User: Mostly on the office side. We have [[Microsoft 365|SOFTWARE]], so [[Copilot|AI_PRODUCT]] is there, and I use [[ChatGPT|AI_PRODUCT]] on my own account. I use them to draft the technical reports, the scope of works for contractors, and the monthly progress summaries for the donors. A lot of our funding comes from the [[Asian Development Bank|ORGANIZATION]] and the [[World Bank|ORGANIZATION]], and they each want their own format. For design we use [[Civil 3D|SOFTWARE]], and for the hydrology calculations some spreadsheets in [[Excel|SOFTWARE]]. I've tried asking [[ChatGPT|AI_PRODUCT]] about bridge design checks, but I don't trust it with anything structural.

AI: Can you tell me about a time AI helped, or didn't help?

User: A good one: after the floods in [[Ba|CITY]], I had to write a damage assessment for twelve crossings in one week. I used [[Copilot|AI_PRODUCT]] to turn my site notes and photo captions into the report structure, and it saved me maybe two days. A bad one: I asked it for the design rainfall for [[Vanua Levu|CITY]] and it confidently gave me numbers that I think came from somewhere in [[Australia|COUNTRY]]. The climate here is completely different. If a young engineer used that for a culvert design, the culvert would wash away in the next cyclone.

AI: How do the people you work with feel about it?

User: My [[team leader|GENERIC_ROLE]], [[Graham|PERSON]], is very keen, he came from [[New Zealand|COUNTRY]] and they use it a lot there. The contractors, mostly local firms, some of them now send in method statements that are obviously written by [[ChatGPT|AI_PRODUCT]], very nice English, but then you go to the site and they're doing something else. One contractor, Ratu [[Joni|PERSON]], told me honestly, "[[Sereana|PERSON]], my nephew wrote it with the AI, I don't know what it says." At least he was honest! Ha.

AI: Are there cultural or community aspects to this for you?

User: Yes. A lot of our work is in villages, and you must present the sevusevu to the [[village chief|GENERIC_ROLE]] before starting any work, and talk with the community. AI doesn't do that. Also, most of the AI tools don't understand iTaukei land issues, the mataqali ownership, so any text it writes about land access is wrong. My worry is that the donors start to expect everything faster because "you have AI now". My son [[Isikeli|PERSON]] is [[sixteen|AGE]] and he wants to be an engineer like his mum, and I tell him, learn the rivers first, then the software.

AI: Vinaka, [[Sereana|PERSON]]. Would you be open to a follow-up conversation? How can we reach you?

User: Io, of course. My email, I'll type it a bit strangely because of spam: [[sereana.vunivalu＠gmail．com|OBF_EMAIL|fullwidth_at_dot]]. My mobile is [[+679 992 4418|PHONE_NUMBER]], it's also on [[Viber|SOFTWARE]].""")

# 25 France, agriculture, winegrower
T.append("""AI: Bonjour, and thank you for your time. Could you introduce yourself and your work?

User: Bonjour. I am [[Étienne Laborde|PERSON]], I am [[55|AGE]], and I am a [[winegrower|JOB_TITLE]], a [[vigneron|JOB_TITLE]], near [[Castillon-la-Bataille|CITY]], east of [[Saint-Émilion|CITY]], in the [[Gironde|CITY]]. We have eighteen hectares, mostly merlot, a bit of cabernet franc. I took over from my father in [[1994|DATE]]. We are members of the [[Cave des Trois Coteaux|ORGANIZATION]], a cooperative, so we bring the grapes there, we don't make the wine ourselves.

AI: How does AI come into your work?

User: Less than in an office, of course, but more than you think. The weather first. We use the app from [[Météo-France|ORGANIZATION]] and a private service, [[Weenat|SOFTWARE]], with sensors in the parcels, and it gives the risk of mildew, with a model. They say it's AI, I don't know. That tells us when to treat. For the paperwork, my son [[Mathieu|PERSON]] showed me [[Le Chat|AI_PRODUCT]], the French one from [[Mistral|ORGANIZATION]], and also [[ChatGPT|AI_PRODUCT]]. I use it for the forms for the European subsidies. There are so many forms, and the language of the administration, it's terrible, even for a Frenchman.

AI: How has your son been involved?

User: [[Mathieu|PERSON]] is [[twenty-three|AGE]], he's finishing his engineering degree at [[Bordeaux Sciences Agro|SCHOOL]]. He wants to come back to the farm, which makes me happy, but I'm also afraid for him, because the situation in [[Bordeaux|CITY]] wine is very bad. Too much wine, prices down, the state pays us to pull out vines. He uses AI for everything, he made a plan with [[ChatGPT|AI_PRODUCT]] to convert part of the vineyard to white wine and to sell direct on the internet. Some ideas are good. Some are from a machine that has never been in the [[Gironde|CITY]] in [[April|GENERIC_TIME]] when there is frost.

AI: Has there been a moment where AI clearly helped, or failed?

User: Helped: last year the [[agronomist|JOB_TITLE]] from the [[Chambre d'agriculture de la Gironde|ORGANIZATION]], Madame [[Castaing|PERSON]], did a training about the new rules for spraying near houses, and I used [[Le Chat|AI_PRODUCT]] to make a simple summary for my seasonal workers, in French and in Spanish, because many of them come from [[Morocco|COUNTRY]] and from [[Spain|COUNTRY]]. Failed: I asked [[ChatGPT|AI_PRODUCT]] what dose of copper I can use in organic, and it gave me the old limit, not the current one. I knew, but a young person may not know.

AI: How do you feel about the future with these technologies?

User: I am not against. My grandfather worked with horses, my father with the first tractors, me with sensors and now AI. Every generation has its machine. But the wine is the land, and the weather, and the work of the hands. When I see [[Macron|PUBLIC_FIGURE]] talking about [[France|COUNTRY]] being the champion of AI, I think, good, but first help the farmers who are pulling out their vines. My wife [[Sylvie|PERSON]] is more pessimistic. She does the accounts and she sees the numbers every month.

AI: Merci, [[Étienne|PERSON]]. Would you be available for a follow-up? How can we reach you?

User: Yes, with pleasure. Better by telephone, I am not always at the computer. In French it is easier for me: [[zéro six, quarante-deux, dix-huit, soixante-sept, zéro trois|OBF_PHONE|french_number_words]]. Or the email, [[etienne.laborde33@orange.fr|EMAIL_ADDRESS]], my son will read it to me, ha.""")

write_set(T, "set_ad")

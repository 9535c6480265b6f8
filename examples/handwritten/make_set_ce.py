"""Blind evaluation set 'ce': 25 synthetic interview transcripts with academics, researchers and students who work talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_ce.py"""
from markup import write_set

T = []

# 1. Nigeria - PhD student in microbiology / graduate assistant, Ibadan - typed chat
T.append("""AI: Hi, and thanks for taking the time. This interview is about how people use AI tools in their work. Could you start by telling me a little about what you do?

User: hello. ok so my name is [[Oluwaseun Adebayo-Cole|PERSON]] but everybody calls me [[Seun|PERSON|nickname]]. im [[29|AGE]], a [[PhD student in microbiology|JOB_TITLE]] at [[University of Ibadan|SCHOOL]] in [[Ibadan|CITY]], [[Nigeria|COUNTRY]]. started in [[2021|DATE]] so this is 3rd year. i also work part time as [[graduate assistant|JOB_TITLE]] in the dept, i take practicals for the [[200 level students|GENERIC_ROLE]] on [[Tuesdays|GENERIC_TIME]]. my matric no is [[178342|NATIONAL_ID|student_number]] if you need it for anything lol

AI: Thanks, [[Seun|PERSON]]. What does your research involve day to day, and where do AI tools come into it?

User: antimicrobial resistance in poultry. i collect cloacal swabs from farms around [[Ogbomoso|CITY]] and [[Iseyin|CITY]], culture them, do susceptibility testing, then sequencing when we have money which is not often. [[my supervisor|GENERIC_ROLE]] is Prof [[Adeyinka Fashola|PERSON]], she is very strict, progress report every [[friday|GENERIC_TIME]] 9am sharp or you will hear it. the project is funded by [[TETFund|ORGANIZATION]], grant no [[TETF/DR&D/UI/IBR/2022/114|NATIONAL_ID|grant_number]], and the sequencing we send to a lab in [[Lagos|CITY]] because our own machine has been spoilt since [[last year|GENERIC_TIME]]. AI is mostly for writing and stats. i use [[ChatGPT|AI_PRODUCT]] the free one, sometimes [[Perplexity|AI_PRODUCT]] to find papers. for the thesis i paste a paragraph and tell it "make this sound academic" because my english is fine but my writing is too naija for [[reviewers|GENERIC_ROLE]]. for stats i run everything in [[SPSS|SOFTWARE]] and then i paste the output into [[chatgpt|AI_PRODUCT]] and ask it to explain what the chi square is telling me before i go and see Dr [[Okoro|PERSON|title_stripped]]

AI: You mentioned your supervisor is strict. How does she feel about you using these tools?

User: lol she doesnt know the full extent. she announced in lab meeting that anybody she catch using AI to write will redo the chapter from scratch. but the same woman asked [[Precious|PERSON|name_is_word]], our [[lab manager|JOB_TITLE]], to use [[chatgpt|AI_PRODUCT]] to draft the reagent request to [[Sigma-Aldrich|ORGANIZATION]] lol. [[Precious|PERSON|name_is_word]] told me herself. so the rule is for [[students|GENERIC_ROLE]] only

AI: Can you give me a concrete example of something AI helped with recently, or something that went wrong?

User: the one that still pains me. i was applying for a travel grant to a conference in [[Cape Town|CITY]] and i pasted my whole CV inside [[ChatGPT|AI_PRODUCT]] to summarise it to 250 words, forgetting that the CV has my NIN [[48213907615|NATIONAL_ID]] and my phone [[0803 456 7712|PHONE_NUMBER|local_format]] and my house address [[14 Adeoyo Street, off Ring Road|ADDRESS]], [[Ibadan|CITY]]. my elder brother [[Tunde|PERSON]] who works in IT at [[Access Bank|ORGANIZATION|org_looks_like_generic]] scolded me well well, he said that thing is now in [[America|COUNTRY]] forever. i deleted the chat but who knows

AI: That sounds stressful. What worries you most about AI in your field more broadly?

User: data from [[the farmers|GENERIC_ROLE]]. our sample sheets carry farmers names and phone numbers, like Alhaji [[Musa Garba|PERSON]] in [[Saki|CITY]], his number is on every sheet. if someone lazy pastes that sheet into AI to clean it... also [[the undergrads|GENERIC_ROLE]]. Mr [[Okonkwo|PERSON|title_stripped]] the [[chief technologist|JOB_TITLE]] caught two of them with practical reports that had "as an AI language model" inside lol. [[my supervisor|GENERIC_ROLE]] almost fainted

AI: How do you see your work changing in the next few years?

User: i think AI will make analysis and writing faster but the bench work stays the bench work, no AI will go to [[Iseyin|CITY]] in the rain to swab chickens. i want a postdoc in [[Europe|CONTINENT]] after defence, maybe [[Germany|COUNTRY]]. if you need me for follow up my email is [[seun.adebayocole@gmail.com|EMAIL_ADDRESS]], the school one [[oadebayocole178@stu.ui.edu.ng|EMAIL_ADDRESS]] is always full""")

# 2. Brazil - postdoctoral researcher in fish ecology, Manaus - speech-to-text
T.append("""AI: Hello, thank you for joining. To begin, could you describe your job and where you work?

User: Yes, hi, um, so my name is [[Larissa Monteiro|PERSON]], I am a [[postdoctoral researcher|JOB_TITLE]] at [[INPA|ORGANIZATION|abbreviation]], the, uh, the [[National Institute of Amazonian Research|ORGANIZATION]], in [[Manaus|CITY]]. I work with, um, fish ecology in the floodplain lakes, the várzea. I came here in, uh, [[twenty nineteen|DATE|date_words]] after my PhD at [[USP|SCHOOL|abbreviation]] in [[São Paulo|CITY]], so, yeah, five years almost. I am [[thirty-four|AGE]], um, is that important? Sorry.

AI: Not at all, that's useful context. What does a normal week look like for you, [[Larissa|PERSON]]?

User: Depends on the water, right. When the water is high we go to the field, to the communities near [[Novo Airão|CITY]] and, uh, [[Tefé|CITY]], we stay on the boat one, two weeks. There is seu [[Raimundo|PERSON]], he is the, um, the boatman, he knows every lake, without him we do nothing. When I am in [[Manaus|CITY]] it's lab, it's data, it's writing, and it's bureaucracy for the grant. The grant is from [[FAPEAM|ORGANIZATION]], the process number is, uh, [[zero one point zero two, zero one six three, slash twenty twenty-two|NATIONAL_ID|spoken_digits]], I know it by heart because I type it in every form, every, every report.

AI: And where do AI tools fit into all of that?

User: So, um, [[ChatGPT|AI_PRODUCT]] a lot for English, because the papers must be in English and my English is, you know, so-so. For code in [[R studio|SOFTWARE|misheard_product]] also, the mixed models, it helps me when the model does not converge. And [[Gemini|AI_PRODUCT]] because it comes with the institute email. [[Last year|GENERIC_TIME]], in the [[wet season|GENERIC_TIME]], I tried to use it to translate the interviews with [[the fishermen|GENERIC_ROLE]], from Portuguese, and then I thought, hmm, they tell me their names, their fishing spots, sometimes their debts with [[the middleman|GENERIC_ROLE]], the, um, the patrão, so I stopped. It felt wrong.

AI: You mentioned [[the fishermen|GENERIC_ROLE]] sharing personal details. Can you say more about how you handle that?

User: Yeah, it's, um, complicated. They send me audios on [[WhatsApp|SOFTWARE]], to my number, [[nine two, nine nine one eight four, two two seven three|OBF_PHONE|spoken_digits]], like "Doutora, today I caught twelve tambaqui", and this is data, really good data. Seu [[Raimundo|PERSON]]'s nephew, [[Kauã|PERSON]], he is [[seventeen|AGE]], he organises the audios for me. Now I anonymise first by hand and only then I put in the AI. Also the system of the funding agency asks for my CPF for everything, [[zero four two, three one seven, eight eight nine, dash fifty-one|NATIONAL_ID|spoken_digits]], and once I asked [[ChatGPT|AI_PRODUCT]] to fill the report table and I pasted the header with the CPF, with my [[Lattes|SOFTWARE]] link, everything. [[My supervisor|GENERIC_ROLE]], Doctor [[Clau Dio Lins|PERSON|misheard_name]], sorry, [[Cláudio Lins|PERSON]], the transcription will get that wrong, he laughed, he said "now the robot knows more about you than the [[CNPq|ORGANIZATION|abbreviation]]".

AI: What concerns you most about AI in research like yours?

User: Um, two things. The jobs, first. My contract, the bolsa, it finishes in [[March twenty twenty-five|DATE|date_words]], and there are no positions in [[Brazil|COUNTRY]], or anywhere in [[South America|CONTINENT]], and now [[the reviewers|GENERIC_ROLE]] say "why do you need a research assistant, use AI". And, uh, the second is the, the knowledge of the communities. This is not my knowledge, it is theirs. [[Marina Silva|PUBLIC_FIGURE]] talks a lot about this, the traditional knowledge, and I agree. If it goes inside a model in [[San Francisco|CITY]]... no, I don't like.

AI: Is there anything else you'd like to add, or a way we can reach you for follow-up questions?

User: Yes, um, my email is [[larissa dot monteiro at inpa dot gov dot br|OBF_EMAIL|spoken_email]], and my [[Lattes|SOFTWARE]] is [[lattes dot cnpq dot br slash four four one two zero nine eight eight seven six five three one zero zero two|URL|spoken_url]] if you want the publications. And, um, sorry, my daughter [[Alice|PERSON]] is crying, she is [[three|AGE]], my husband [[Rodrigo|PERSON]] is still at [[Samsung|ORGANIZATION]], he works in the factory in the free zone. I have to go. Thank you!""")

# 3. India - technical assistant in a structural biology lab, Bengaluru - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your role and where you work?

User: hi. i am [[manjunath k|PERSON|lowercase_name]], working as [[technical assistant|JOB_TITLE]] at [[IISc|SCHOOL|abbreviation]] [[bangalore|CITY|lowercase]] since [[2016|DATE]]. structural biology lab, i handle protein purification, the FPLC, crystal trays, ordering, everything. my emp id is [[IISc/TA/16/0473|NATIONAL_ID|employee_id]]. native place is [[Mandya|CITY]], wife and son are here with me

AI: Thanks, [[Manjunath|PERSON]]. What does a typical day look like for you?

User: morning 8.30 i come, check the AKTA runs from night, [[UNICORN|SOFTWARE|product_all_caps]] software shows the chromatogram. then students come with their problems. [[my boss|GENERIC_ROLE]] Prof [[Ramaswamy|PERSON]] is mostly travelling so [[the students|GENERIC_ROLE]] ask me. [[divya|PERSON|lowercase_name]] is doing membrane proteins and [[arjun|PERSON|lowercase_name]] is doing some kinase, both are always fighting for the cold room lol. afternoon i do the inventory in [[excel|SOFTWARE]] and the indent forms for the purchase section

AI: Where does AI come in?

User: many places now. [[ChatGPT|AI_PRODUCT]] for writing SOPs, then i ask it to translate the SOP to Kannada for the [[lab attenders|GENERIC_ROLE]] who are not comfortable in english. [[Copilot|AI_PRODUCT]] inside [[excel|SOFTWARE]] for the stock formulas. and of course [[AlphaFold|AI_PRODUCT]], students run it before they even clone the gene now. when i joined in [[2016|DATE]] we used to wait 2 yrs for a structure, now the 1st thing [[arjun|PERSON|lowercase_name]] shows me is a [[alphafold|AI_PRODUCT]] model with nice colours. i tell him model is not data

AI: Has AI ever caused a problem or a worry for you?

User: one time yes, but personal. my son [[Chinmay|PERSON]] was getting admission in [[Kendriya Vidyalaya Hebbal|SCHOOL]], he is [[6|AGE]]. the form was confusing so i typed everything into [[chatgpt|AI_PRODUCT]] to ask which section, including his aadhaar [[4821 7730 1956|NATIONAL_ID|id_looks_like_phone]] and mine [[6630 2291 8457|NATIONAL_ID|id_looks_like_phone]]. after that only i realised. my wife [[lakshmi|PERSON|lowercase_name]] said why you are giving our details to some american company. she is [[primary teacher|JOB_TITLE]], she is more careful than me

AI: How do the people in your lab talk about AI? Is there any worry about jobs?

User: yes some. there was a talk by [[Sundar Pichai|PUBLIC_FIGURE]] video going around in [[whatsapp|SOFTWARE]] group, "AI will do the work of scientists" etc, and the [[senior technician|JOB_TITLE]] [[Gowda|PERSON|honorific_suffix]] sir, he said then what about us. technical staff are contract mostly in many institutes in [[India|COUNTRY]]. i think machines cannot pour gels and clean the sonicator, so we are ok for some years haha

AI: Is there anything else you want to share? And if we need to follow up, how could we contact you?

User: nothing much. if you want call [[+91 98450 33127|PHONE_NUMBER]] after 6pm, or mail [[manju.k@iisc.ac.in|EMAIL_ADDRESS]]. dont send to the lab group mail, [[my boss|GENERIC_ROLE]] reads it""")

# 4. Germany - research associate and lecturer in media studies, Leipzig - speech-to-text
T.append("""AI: Hi, thank you for making time for this. Could you start by telling me about your work?

User: Yes, of course. So, um, I'm [[Katharina Vogt|PERSON]], I'm a, how do you say, [[wissenschaftliche Mitarbeiterin|JOB_TITLE|native_language_title]], so research associate and lecturer, at the institute for communication and media studies at [[Leipzig University|SCHOOL]]. I'm on my, uh, second contract now, since [[October twenty twenty-one|DATE|date_words]]. I teach two seminars per semester and I'm finishing my habilitation, well, trying to.

AI: Thank you, [[Katharina|PERSON]]. What is your research about?

User: Um, it's, ironically, about AI in newsrooms. I interview [[journalists|GENERIC_ROLE]] and [[editors|GENERIC_ROLE]] at [[MDR|ORGANIZATION|abbreviation]], at the [[Leipziger Volkszeitung|ORGANIZATION]], also some smaller local papers in [[Halle|CITY]] and [[Chemnitz|CITY]], how they use, uh, text generators, what they tell their readers, or don't tell. My co-author is [[Ben Akyol|PERSON]], he's at [[Fraunhofer|ORGANIZATION|org_looks_like_name]] in [[Dresden|CITY]], he does the computational part. And my former Doktorvater, Professor [[Hartmut Lindner|PERSON]], he's retired now but he still reads everything I write, with a red pen, on paper.

AI: How do you use AI tools yourself?

User: [[DeepL|AI_PRODUCT]] [[every day|GENERIC_TIME]], every single day, because I publish in English and I teach in German. Then [[ChatGPT|AI_PRODUCT]] for, um, brainstorming seminar tasks, and [[Claude|AI_PRODUCT|product_named_like_person]] for long texts, the interview transcripts, because it can read the whole thing at once. But, and this is important, the transcripts are pseudonymised first. The ethics committee gave us the approval, number [[EK-2023-117|NATIONAL_ID|ethics_protocol_number]], only with that condition. For the coding I use [[MAXQDA|SOFTWARE]], it has now an AI assist, which I, um, I don't trust so much.

AI: You mentioned teaching. How has AI changed things with your students?

User: Oh, completely. Um, in the [[winter semester|GENERIC_TIME]] I had term papers where, I'm sure, sixty percent was generated. One student, I won't say the name, well, uh, [[Lukas|PERSON]], he even left the prompt inside, "write in the style of a second-year student". We have now a rule at the institute, you have to declare. And [[Moodle|SOFTWARE]] has this plagiarism plug-in but it doesn't see AI. My colleague, Doctor [[Selin Yıldız|PERSON]], she makes [[the students|GENERIC_ROLE]] write in class now, with pen, like in [[the nineties|GENERIC_TIME]].

AI: What worries you about AI, personally or professionally?

User: Um, the contracts, honestly. My contract ends [[September twenty twenty-five|DATE|date_words]], I'm [[thirty-eight|AGE]], and after that, by law, I basically cannot get another fixed-term contract in [[Germany|COUNTRY]]. So if the faculty thinks AI can do, like, half of the teaching preparation... And everyone in the newsrooms quotes [[Sam Altman|PUBLIC_FIGURE]] like he's a prophet, that also worries me. And privately, my son [[Jonas|PERSON]], he's [[six|AGE]], he asks [[Alexa|AI_PRODUCT|product_named_like_person]] everything, and I think, what does that do to him.

AI: If we have follow-up questions, how could we reach you?

User: Uh, by email, [[katharina punkt vogt at uni minus leipzig punkt de|OBF_EMAIL|spoken_email_german]], sorry, I said it half in German, so that is [[k-a-t-h-a-r-i-n-a dot v-o-g-t at uni-leipzig dot de|OBF_EMAIL|spelled_letters]]. My profile is [[orcid.org/0000-0002-4410-7781|URL|url_no_scheme]]. Or the office phone, [[null drei vier eins, neun sieben, drei drei, eins zwei|OBF_PHONE|spoken_digits_german]]. My staff number, if you need it for the consent form, is [[00417723|NATIONAL_ID|employee_id]]. And the speech-to-text will probably write my name as [[Katharina Focht|PERSON|misheard_name]], it always does.""")

# 5. Japan - project researcher in disaster sociology, Sendai - typed chat
T.append("""AI: Hello, thank you for joining this interview. Could you introduce yourself and your work?

User: hello. I am [[Sato Haruka|PERSON|family_name_first]], please call me [[Haruka|PERSON]]. I work as [[project researcher|JOB_TITLE]] at [[Tohoku University|SCHOOL]] in [[Sendai|CITY]], from [[April 2022|DATE]]. my field is disaster sociology, I do surveys about the recovery after the big tsunami, in [[Ishinomaki|CITY]] and [[Kesennuma|CITY]]. sorry my english is not so good, I use [[DeepL|AI_PRODUCT]] for some sentences now also :)

AI: Your English is very clear, [[Haruka|PERSON]]. What does your day-to-day work involve?

User: thank you! many things. we visit the public housing and interview elderly residents, about 300 households. I type the answers in [[Excel|SOFTWARE]] and later we analyse in [[Stata|SOFTWARE]]. [[my boss|GENERIC_ROLE]] is [[Watanabe|PERSON]]-sensei, the [[professor|JOB_TITLE]] of our lab, he is very kind but very busy. [[Kenta|PERSON]]-kun is [[master student|JOB_TITLE]], he helps [[on weekends|GENERIC_TIME]]. our project is KAKENHI [[23K18945|NATIONAL_ID|grant_number]] so I must write the report for [[JSPS|ORGANIZATION|abbreviation]] [[every year|GENERIC_TIME]], this is the pain point lol

AI: How do you use AI in that work?

User: [[ChatGPT|AI_PRODUCT]] for the english of papers and for the report draft. also to sort the free-text answers into categories. but I am careful, I never paste name or address. [[the residents|GENERIC_ROLE]] tell very private stories, like [[Abe|PERSON|name_like_public_figure]]-san in block C, he lost his wife and his daughter, he talks 2 hours every visit and always gives us mikan. I cannot put his story in a machine. I think even [[Kishida|PUBLIC_FIGURE]] would agree lol

AI: Can you tell me about a time AI helped, or didn't?

User: helped: coding of 1200 free answers, it was 2 weeks work, now 2 days, and [[Watanabe|PERSON]]-sensei checked 10% sample, agreement was good. not helped: I asked it for papers about [[ishinomaki|CITY|lowercase]] relocation and it gave me 3 papers that do not exist, one was "[[Sato, H.|PERSON|citation_form]] (2019)" haha it is almost my own name. I almost cited it

AI: What concerns do you have about AI in your field?

User: [[the residents|GENERIC_ROLE]] data mostly. our lab server is old and [[the students|GENERIC_ROLE]] like to use [[Notion AI|AI_PRODUCT]] for field notes, I told them please no. also my job. my contract has the 5 year limit, it ends [[March 2027|DATE]], and I am [[31|AGE]]. if AI does coding and writing, maybe the university hires less project researchers. my mother in [[Morioka|CITY]] says come back home and get married lol

AI: Thank you. Is there anything you'd like to add, or a way to contact you?

User: my researchmap page is [[https://researchmap.jp/sato_haruka_rm|URL]] and ORCID [[0000-0003-4471-2208|NATIONAL_ID|orcid]]. mail [[haruka.sato.c7@tohoku.ac.jp|EMAIL_ADDRESS]]. phone [[090-4418-2273|PHONE_NUMBER|local_format]] but I do not answer unknown numbers sorry! or [[LINE|SOFTWARE]] id [[@haruka_s_sendai|SOCIAL_HANDLE]]""")

# 6. Mexico - graduate programmes coordinator (university administrator), Guadalajara - speech-to-text
T.append("""AI: Hello, and thanks for joining us today. Could you tell me a bit about your job?

User: Yes, hello, good afternoon. Um, my name is [[María Guadalupe Torres Ibarra|PERSON]], but everybody calls me [[Lupita|PERSON|nickname]]. I am the, uh, [[coordinator of graduate programs|JOB_TITLE]] in the engineering campus of the [[Universidad de Guadalajara|SCHOOL]], the [[UdeG|SCHOOL|abbreviation]], here in [[Guadalajara|CITY]], [[Mexico|COUNTRY]]. I have been in the university since, uh, [[two thousand and eleven|DATE|date_words]], first as a secretary and then, little by little, coordinator.

AI: Thanks, [[Lupita|PERSON]]. What does your typical week involve?

User: Ay, everything. Admissions, the student files, the scholarships of the, um, [[Kona site|ORGANIZATION|misheard_name]], sorry, [[CONAHCYT|ORGANIZATION|abbreviation]], the national council, every student needs the scholarship and every scholarship needs a thousand papers. I also prepare the documents for the accreditation, and I answer the, uh, the questions of [[the students|GENERIC_ROLE]] by email, by [[WhatsApp|SOFTWARE]], by phone. [[My boss|GENERIC_ROLE]] is Doctor [[Ernesto Villaseñor|PERSON]], the [[director of the division|JOB_TITLE]], and he is, um, he is a very good person but he signs everything at the last minute.

AI: Where do AI tools come into that?

User: Um, the university has the [[Microsoft|ORGANIZATION|company_as_vendor]] license, so we have [[Copilot|AI_PRODUCT]], and I use also [[ChatGPT|AI_PRODUCT]] on my phone. I use it for the letters, the formal letters, the, uh, constancias, and the English, because the foreign students write to me in English. Also in [[Excel|SOFTWARE]], to cross the lists from [[SIIAU|SOFTWARE|local_system]], that is our system, with the list of scholarships. Before it took me two days, now, uh, one morning.

AI: Can you give me a specific example of a task you did with AI recently?

User: Yes, yes. A student from [[Colombia|COUNTRY]], [[Valentina Ríos|PERSON]], she needed a letter for her visa, urgent, for the immigration office. I gave [[ChatGPT|AI_PRODUCT]] everything, her name, her student code [[219384756|NATIONAL_ID|student_number]], her CVU number [[1087342|NATIONAL_ID|researcher_registry]], her address in, uh, [[Calle Hidalgo 245, colonia Centro|ADDRESS]], [[Zapopan|CITY]], and it made a perfect letter in two minutes. And then [[my colleague|GENERIC_ROLE]] [[Chuy|PERSON|nickname]], from the, uh, the legal office, he told me, "[[Lupita|PERSON]], you cannot put the data of [[the students|GENERIC_ROLE]] there". So now I write only "the student" and I fill the data after, by hand.

AI: How do you feel about AI in your job overall? Any worries?

User: Um, I'm, how do you say, half and half. It helps, a lot. But I am [[forty-six|AGE]], and the young ones in the office, they do everything with the phone, and I think, in five years, will they need a coordinator? Or only a, a chatbot? [[Claudia Sheinbaum|PUBLIC_FIGURE]] talks about AI for the public offices, and the people in administration, we are, uh, nervous. Also my daughter, [[Ximena|PERSON]], she studies at the [[ITESO|SCHOOL|abbreviation]], she says "mom, you have to learn prompts".

AI: Thank you. If we need to follow up, what's the best way to reach you?

User: My email, [[lupita punto torres arroba academicos punto udg punto mx|OBF_EMAIL|spoken_email_spanish]], or the office, [[treinta y tres, trece, setenta y ocho, cincuenta, veinte|OBF_PHONE|spoken_digits_spanish]], extension, uh, two seven four. I'm there [[Monday to Friday|GENERIC_TIME]], nine to three. Thank you very much, it was nice.""")

# 7. Kenya - field research coordinator and part-time MSc student, Kisumu - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me a bit about your work and where you're based?

User: hi am [[Brenda Akinyi Ouma|PERSON]], [[field coordinator|JOB_TITLE]] for a malaria study at [[KEMRI|ORGANIZATION|abbreviation]] in [[Kisumu|CITY]]. also doing MSc epidemiology part time at [[Maseno University|SCHOOL]], evening and weekend classes. been at [[kemri|ORGANIZATION|lowercase]] since [[2018|DATE]], started as a data clerk

AI: That's a lot to juggle, [[Brenda|PERSON]]. What does your work as [[field coordinator|JOB_TITLE]] involve?

User: i manage 14 field workers in [[Siaya|CITY]] and [[Bondo|CITY]]. we do household visits, consent, blood samples, then data goes to [[ODK|SOFTWARE|abbreviation]] on tablets. every household has a study id like [[SY-0417-02|NATIONAL_ID|participant_id]], the head of household name stays on paper only in the locked cabinet. [[my PI|GENERIC_ROLE]] is Dr [[Wafula|PERSON]], he is in [[Nairobi|CITY]] most of the time so i am the one on ground. [[grace|PERSON|lowercase_name]] and [[mercy|PERSON|lowercase_name]] are my senior field workers, very good ladies

AI: How do you use AI tools in this work?

User: mostly [[chatgpt|AI_PRODUCT]] on my phone. i use it to draft the weekly field report to Dr [[Wafula|PERSON]], the supervision schedule, and to translate consent scripts to dholuo, then [[grace|PERSON|lowercase_name]] checks because the translation is sometimes funny lol. for my msc assignments i use it to explain stats, logistic regression was killing me. and [[Gemini|AI_PRODUCT]] a bit because its on the android

AI: Have you had any problems or worries with AI in the field work?

User: yes one. a [[field worker|JOB_TITLE]], [[Odhiambo|PERSON]], he uploaded a photo of the consent form to [[chatgpt|AI_PRODUCT]] to "read the handwriting" because the tablet was off. the photo had the mothers national id [[29874412|NATIONAL_ID|id_looks_like_number]] and her phone [[0722 418 903|PHONE_NUMBER|local_format]]. we had to report to the ethics committee at [[KEMRI|ORGANIZATION]], protocol [[KEMRI/SERU/CGHR/4471|NATIONAL_ID|ethics_protocol_number]]. i was so stressed, i am the one who trains them. now i tell all of them no photos of anything with names

AI: Thank you for sharing that, it sounds like a hard situation. How do you see AI affecting your career?

User: i think its positive for me. i am [[31|AGE]], i want to go for PhD maybe in [[South Africa|COUNTRY]] or [[Europe|CONTINENT]], and AI helps me write better proposals. but for [[the field workers|GENERIC_ROLE]] i fear, they are on short contracts, if the big people in [[Nairobi|CITY]] think AI can do data cleaning then [[the data clerks|GENERIC_ROLE]] go home. my young brother [[Kevo|PERSON|nickname]] is a data clerk in [[Kakamega|CITY]], he already worries

AI: Anything else you'd like to add, or a way to reach you for follow-up?

User: you can reach me on [[brenda.ouma@kemri.go.ke|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[+254 711 902 336|PHONE_NUMBER]], [[whatsapp|SOFTWARE]] is better because network in [[Siaya|CITY]] is bad. my KRA pin is on my consent form you sent, [[A015882341Q|NATIONAL_ID|tax_id]], i hope that is stored well haha""")

# 8. Poland - subject librarian and research data support, Kraków - speech-to-text
T.append("""AI: Good morning, and thank you for taking part. Could you tell me about your role?

User: Good morning. Yes, so, um, I'm [[Agnieszka Wróblewska|PERSON]], I work at the [[Jagiellonian Library|ORGANIZATION]], which is the main library of the [[Jagiellonian University|SCHOOL]] in [[Kraków|CITY]]. I'm a, uh, [[senior librarian|JOB_TITLE]], subject librarian for the humanities, and since [[two thousand nineteen|DATE|date_words]] also the research data support, so I help researchers with the data management plans for the grants. I've been at the library since, um, [[two thousand and nine|DATE|date_words]], so, a long time.

AI: Thank you, [[Agnieszka|PERSON]]. What does a normal week look like for you?

User: Um, [[mornings|GENERIC_TIME]] are the consultations, [[the PhD students|GENERIC_ROLE]] come, or they write. Then the, uh, the catalogue work in [[Alma|SOFTWARE|product_named_like_person]], that's our library system, and [[Primo|SOFTWARE]] for the search. On [[Thursdays|GENERIC_TIME]] I do a workshop for doctoral students on reference managers, [[Zotero|SOFTWARE]] mostly. And a lot of emails from [[the researchers|GENERIC_ROLE]] who have an [[NCN|ORGANIZATION|abbreviation]] grant and panic about the data plan one day before the deadline. The [[National Science Centre|ORGANIZATION]], sorry, the [[NCN|ORGANIZATION|abbreviation]].

AI: How does AI show up in your work?

User: Oh, it shows up very much, but not how you think. The biggest thing is, um, people come to the desk with references from [[ChatGPT|AI_PRODUCT]] that do not exist. [[Last month|GENERIC_TIME]] a student, a very nice boy, [[Bartek|PERSON|nickname]], he had a list of, like, a dozen books for his thesis about Galicia and, uh, seven were invented. Beautiful titles. One was by a, by a Professor [[Nowakowski|PERSON]] who, um, does not exist either, I checked. So half my job now is, um, the detective. Myself, I use [[Perplexity|AI_PRODUCT]] sometimes because it gives the sources, and I tried [[Bielik|AI_PRODUCT|product_named_like_word]], the Polish model, for the, uh, for summaries of Polish articles, it's not bad.

AI: Do you have any concerns about privacy or data in your work?

User: Yes, and a funny story. A colleague, [[Gosia|PERSON|nickname]], [[Małgorzata|PERSON]], from the loans department, she wanted [[ChatGPT|AI_PRODUCT]] to write a reminder letter to a reader who had, uh, fourteen overdue books, and she pasted the record from the system, with the reader's PESEL, [[eight five zero three one two zero four five six seven|NATIONAL_ID|spoken_digits]], and the address, [[ulica Długa 17 mieszkanie 4|ADDRESS|local_format]], [[Nowa Huta|CITY|district]]. And Mister [[Zbigniew|PERSON]], our, uh, [[head of IT|JOB_TITLE]], he saw it on her screen and, oh, he was very, very angry. Now we have a rule. No reader data in AI.

AI: You mentioned [[the researchers|GENERIC_ROLE]] and their data plans. Has AI changed that part of the job?

User: Um, yes. Now they write the data management plan with AI and send it to me to check, and it's, how to say, very confident and very wrong. It says the data will be deposited in, uh, [[RODBUK|ORGANIZATION|repository_name]], which is fine, but it invents the licences, the embargo. And the humanities people, they are scared. [[Olga Tokarczuk|PUBLIC_FIGURE]] said something about AI and literature and now everybody in the faculty quotes her at lunch. My son [[Kuba|PERSON|nickname]], he's [[twelve|AGE]], he thinks I'm old-fashioned because I still say "check the catalogue".

AI: Thank you. If we want to follow up, how can we contact you?

User: Email is best. It's, um, [[agnieszka kropka wroblewska małpa uj kropka edu kropka pl|OBF_EMAIL|spoken_email_polish]], sorry, "małpa" is the at sign in Polish, it means monkey. Or the phone, [[sześćset jeden, dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem|OBF_PHONE|spoken_digits_polish]]. My staff page is [[bj dot uj dot edu dot pl slash wroblewska|URL|spoken_url]]. I'm from [[Tarnów|CITY]] originally, if the accent is strange, haha.""")

# 9. Vietnam - research assistant and working master's student in data science, Hanoi - typed chat
T.append("""AI: Hi, thanks for joining. To start, could you tell me what you do?

User: hi! im [[Thu|PERSON|nickname]], full name [[nguyen thi thu ha|PERSON|lowercase_name]]. im [[26|AGE]], doing masters in data science at [[HUST|SCHOOL|abbreviation]] ([[Hanoi University of Science and Technology|SCHOOL]]) and working as [[research assistant|JOB_TITLE]] in a NLP lab there. also part time at [[FPT Software|ORGANIZATION]] 2 days a week as [[data annotator|JOB_TITLE]] for their AI team lol so AI is literally my job

AI: That's an interesting mix, [[Thu|PERSON]]. What do you do in the lab?

User: we build vietnamese text datasets and finetune models. [[my supervisor|GENERIC_ROLE]] is thầy [[Tuấn|PERSON]], he is very young, did his phd in [[Korea|COUNTRY|country_short_form]]. i do data cleaning in [[Python|SOFTWARE]], [[Jupyter|SOFTWARE]], and i run experiments on the lab gpu server which is always full because anh [[Khoa|PERSON|honorific_prefix]] (the phd student, anh is like big brother lol) uses all 4 gpus

AI: Which AI tools do you use yourself?

User: [[ChatGPT|AI_PRODUCT]] for english writing and debugging. [[GitHub Copilot|AI_PRODUCT]] in vscode, the lab pays for it. sometimes [[Claude|AI_PRODUCT]] when [[chatgpt|AI_PRODUCT]] is stupid. and we test local models like [[Llama|AI_PRODUCT]] and [[Qwen|AI_PRODUCT]] for vietnamese. my mom in [[Nam Định|CITY]] uses AI too now, she asks the [[Zalo|SOFTWARE]] AI assistant about her blood pressure haha

AI: Can you tell me about a time AI caused you a problem?

User: yes!! at [[FPT|ORGANIZATION|abbreviation]] the annotation data has customer chat logs from a bank, sometimes with cccd numbers like [[001195023847|NATIONAL_ID|id_looks_like_phone]] inside, we must mask them before annotation. one day i was tired and i pasted a batch into [[chatgpt|AI_PRODUCT]] to help me find all the ids faster. my [[team lead|JOB_TITLE]] [[Minh|PERSON]] saw it in the screen share on [[Teams|SOFTWARE]] and i had to write a report. he was nice but still embarrassing. also my student id [[20231294|NATIONAL_ID|student_number]] was in the file name of my thesis draft which i uploaded to some pdf AI website, i didnt notice

AI: How do you feel about where AI is going, for your career?

User: honestly excited. when [[Jensen Huang|PUBLIC_FIGURE]] came to [[Hanoi|CITY]] everyone in my class was so hyped, we think [[Vietnam|COUNTRY]] can be a AI hub in [[Asia|CONTINENT]]. but annotation jobs like my part time one, i think they disappear in 2-3 yrs. thats why i do the masters. i want to go phd in [[Japan|COUNTRY]] or [[Singapore|COUNTRY|city_state]]

AI: Thanks so much. Is there a way to reach you for follow-up?

User: sure, email [[thuha.nguyen.ds@gmail.com|EMAIL_ADDRESS]] or [[zalo|SOFTWARE|lowercase]] [[091 264 7730|PHONE_NUMBER|local_format]]. i am free after 9pm usually, [[thứ bảy|GENERIC_TIME|native_language]] and [[sunday|GENERIC_TIME]] better""")

# 10. Egypt - assistant lecturer in pharmaceutics, Alexandria - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you start by telling me about your job?

User: Hello, yes, thank you. Um, I am [[Nourhan El-Sayed|PERSON]], I'm an [[assistant lecturer|JOB_TITLE]] in the department of pharmaceutics, faculty of pharmacy, [[Alexandria University|SCHOOL]]. I am also, uh, finishing my PhD there, so I am both, staff and student, which is, um, very Egyptian situation, haha. I graduated in [[twenty fourteen|DATE|date_words]] and I was appointed as a demonstrator the same year.

AI: Thank you, [[Nourhan|PERSON]]. What does your work involve?

User: So, um, teaching is the practical sessions, the, uh, labs for the third year, I have maybe two hundred students each term. And my research is nanoparticles for, for topical drug delivery. [[My supervisor|GENERIC_ROLE]] is Professor [[Magdy Fathy|PERSON]], and [[the co-supervisor|GENERIC_ROLE]] is Doctor [[Rania|PERSON]], uh, [[Rania Hosny|PERSON]], from [[Alexandria Main University Hospital|ORGANIZATION]], the dermatology department, because the clinical part is there, [[the patients|GENERIC_ROLE]].

AI: Where do AI tools fit into your work?

User: Um, a lot. [[ChatGPT|AI_PRODUCT]] for writing, of course, and [[Consensus|AI_PRODUCT|product_named_like_word]] for finding papers. For the figures I use [[BioRender|SOFTWARE]]. For teaching, I make the, uh, MCQ questions with [[Gemini|AI_PRODUCT]], then I check them. And [[the students|GENERIC_ROLE]], oh, [[the students|GENERIC_ROLE]]. They ask [[ChatGPT|AI_PRODUCT]] before they ask me. One of them said to me, "Doctor, [[ChatGPT|AI_PRODUCT]] is like [[Mo Salah|PUBLIC_FIGURE|nickname_public_figure]], it never misses", and I said yes, it misses, a lot, haha.

AI: Could you give me an example where AI made a mistake that mattered?

User: Yes. Um, I asked it to calculate the, uh, the dilution for a formulation, and it gave me a number ten times wrong, and a, a student, [[Youssef|PERSON]], he almost prepared it. And another thing, not a mistake but, um, a worry. My colleague [[Aya|PERSON|short_name]] pasted a patient list from the clinic to make a table, with the, uh, the names and the national ID numbers, like, [[two nine one zero three one five zero two zero one eight four seven|NATIONAL_ID|spoken_digits]], fourteen digits each. I told her, [[Aya|PERSON]], please, this is for the ethics committee, the protocol, um, [[A U P H zero four one five|NATIONAL_ID|spoken_letters_digits]], something like that. She deleted it.

AI: What are your broader feelings about AI in academia in [[Egypt|COUNTRY]]?

User: Um, mixed. In [[Egypt|COUNTRY]] the salaries are low, so many of us, we do extra work, private tutoring, or, uh, my husband [[Karim|PERSON]] is an [[engineer|JOB_TITLE]] at [[Vodafone|ORGANIZATION]] in [[Smouha|CITY|district]], and I do consultation for a, a small cosmetics company in [[Borg El Arab|CITY]]. AI saves me time, so I can do more. But I worry that the faculty will say, okay, you have AI, you can teach four hundred students. I am [[thirty-two|AGE]] and I want to, to stay in research, not only teaching.

AI: Thank you very much. Is there anything you'd like to add, or a way to reach you?

User: Yes, my email is, um, [[nourhan dot elsayed at alexu dot edu dot eg|OBF_EMAIL|spoken_email]], and my phone, with the [[WhatsApp|SOFTWARE]], it's, uh, [[zero one zero, zero two nine, four four, eight one, six three|OBF_PHONE|spoken_digits]]. And my syndicate number, if you need to verify I'm a pharmacist, is [[one eight seven three three four|NATIONAL_ID|spoken_digits_registration]]. Thank you, it was nice to talk.""")

# 11. France - platform manager (ingénieure d'études) in a physics lab, Grenoble - typed chat
T.append("""AI: Bonjour, and thanks for joining this interview. Could you tell me about your job?

User: bonjour! so im [[sophie marchand|PERSON|lowercase_name]], [[ingénieure d'études|JOB_TITLE|native_language_title]] at the [[CNRS|ORGANIZATION|abbreviation]], i manage the cryogenics and thin films platform at [[Institut Néel|ORGANIZATION|org_looks_like_name]] in [[Grenoble|CITY]]. basically lab manager: booking the machines, training the new phd students and [[postdocs|GENERIC_ROLE]], safety, ordering helium (expensive!!), and chasing people who dont clean after themselves

AI: Thanks, [[Sophie|PERSON]]. How long have you been doing that?

User: since [[2012|DATE]]. before that i was technician at [[Air Liquide|ORGANIZATION]] in [[Sassenage|CITY]] for 4 years. the platform has 3 permanent staff, me, [[Claude|PERSON|name_like_ai_product]] who is the old [[mechanical engineer|JOB_TITLE]], he's here since forever, and [[JB|PERSON|initials_nickname]], [[Jean-Baptiste Ferrand|PERSON]], who does the electronics. and then like 40 users from different teams

AI: Where does AI come into your work?

User: ok so funny thing, i use [[Claude|AI_PRODUCT|product_named_like_person]] the AI, and [[Claude|PERSON|name_like_ai_product]] my colleague hates it lol. every time i say "i asked [[claude|AI_PRODUCT|lowercase_product_like_name]]" he says "i never said that". i use it for the safety documents, the english versions of the procedures, and for writing scripts in [[Python|SOFTWARE]] to parse the logs of the cryostat. also [[Le Chat|AI_PRODUCT|product_named_like_word]] from [[Mistral|ORGANIZATION|company_named_like_word]] because the direction wants us to use french tools lol, [[Macron|PUBLIC_FIGURE]] effect

AI: Can you share an example where AI really helped, or caused trouble?

User: helped: the booking system. we use [[GRR|SOFTWARE|abbreviation]] which is horrible, and i asked the AI to write a small tool that exports the bookings to [[Excel|SOFTWARE]] for the billing to the teams. saved me like 1 day a month. trouble: a [[postdoc|JOB_TITLE]], [[Tomasz|PERSON]], used [[chatgpt|AI_PRODUCT]] to translate the helium transfer procedure to polish and it changed "never" to "always" in one step. luckily [[JB|PERSON]] saw it

AI: That could have been dangerous. What worries you about AI in a lab like yours?

User: that exactly. people trust it too fast, especially new students. also data: our ANR project [[ANR-22-CE30-0014|NATIONAL_ID|grant_number]] has an industrial partner, [[STMicroelectronics|ORGANIZATION]] in [[Crolles|CITY]], and there are NDAs. if somebody pastes their data into a public chatbot... and personally, i am [[44|AGE]], i have a daughter [[Léa|PERSON]] [[8|AGE]] yo, and the school in [[Échirolles|CITY]] already sends homework "made with AI" lol

AI: Thank you, this is great. Anything else, or a way to contact you?

User: mail [[sophie.marchand@neel.cnrs.fr|EMAIL_ADDRESS]] or mobile [[06 71 28 44 93|PHONE_NUMBER|local_format]]. and please dont put my agent number in the report, i gave it in the consent form: [[CNRS-081573|NATIONAL_ID|employee_id]] haha""")

# 12. Indonesia - PhD student in forestry (lecturer on study leave), Yogyakarta - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you start by telling me who you are and what you do?

User: Yes, hello, selamat pagi. Um, my name is [[Dwi Puspitasari|PERSON]], but my friends call me [[Pipit|PERSON|nickname]]. I am a PhD student at the faculty of forestry, [[Universitas Gadjah Mada|SCHOOL]], in [[Yogyakarta|CITY]]. But actually, uh, I am a [[lecturer|JOB_TITLE]] at [[Universitas Tanjungpura|SCHOOL]] in [[Pontianak|CITY]], in West Kalimantan, and now I am on study leave, since, um, [[August twenty twenty-two|DATE|date_words]]. My scholarship is from [[LPDP|ORGANIZATION|abbreviation]].

AI: Thanks, [[Pipit|PERSON]]. What is your PhD research about?

User: It is about, um, social forestry, the community forest permits, in the peat areas. I do fieldwork in two villages, [[Sungai Ambawang|CITY|village]] and, uh, [[Kubu Raya|CITY|district]], I live with [[the families|GENERIC_ROLE]] for some weeks. The village head, Pak [[Harjo|PERSON]], he is very helpful, and his wife, Bu [[Sri|PERSON|short_name]], she cooks for me, haha. My promotor is Professor [[Bam Bang Hadi Susanto|PERSON|misheard_name]], uh, sorry, the machine, it is [[Bambang Hadisusanto|PERSON]], one word.

AI: Where do AI tools come into your research?

User: Um, first the English, always the English. I use [[Grammarly|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]], because [[the journal reviewers|GENERIC_ROLE]], they are, uh, very strict with the English of Indonesian authors. And for the interviews, I record in Bahasa and sometimes in Malay dialect, and I transcribe, and then I code in [[NVivo|SOFTWARE]]. I tried to use [[Gemini|AI_PRODUCT]] to translate some quotes, but the local words, like for the land, for the, um, the customary rules, it does not know. It makes them, um, too simple.

AI: Can you give me an example of AI helping or creating a problem in your work?

User: Helping, yes. My, uh, my literature review chapter, [[Elicit|AI_PRODUCT]] helped me find fifty papers in one afternoon. Problem, yes also. For the scholarship report, [[LPDP|ORGANIZATION]] asks many data, my NIK, [[six one seven one, zero four five two, zero eight nine one, zero zero zero three|NATIONAL_ID|spoken_digits]], my NIDN as [[lecturer|JOB_TITLE]], [[one one zero four zero eight nine one zero one|NATIONAL_ID|spoken_digits]], and I asked [[ChatGPT|AI_PRODUCT]] to make the table nice and I put everything. My husband, Mas [[Arif|PERSON]], he works in a bank, [[BRI|ORGANIZATION|abbreviation]], he said, "Dik, why you give your NIK to the American machine?" And I said, oh, yes.

AI: What concerns do you have about AI, for your field or your future?

User: Um, I think for Indonesian academics it is, uh, an opportunity and a danger. Opportunity because we can publish in international journals more easily. Danger because now [[Jokowi|PUBLIC_FIGURE|nickname_public_figure]], before, and now the new government, they talk about AI for everything, but in the villages, in [[Sungai Ambawang|CITY]], they do not have stable electricity. And for me, I am [[thirty-six|AGE]], I have two children in [[Pontianak|CITY]] with my mother, [[Nayla|PERSON]] and [[Rafi|PERSON]], and I want to finish fast. If AI helps me finish fast, I am happy, haha.

AI: Thank you so much. Is there a way to contact you later?

User: Yes, the email, [[pipit dot puspita at mail dot ugm dot ac dot id|OBF_EMAIL|spoken_email]], or [[WhatsApp|SOFTWARE]], [[kosong delapan satu dua, lima lima tujuh, sembilan sembilan, dua satu|OBF_PHONE|spoken_digits_indonesian]]. Thank you, terima kasih.""")

# 13. South Korea - postdoctoral researcher in battery materials, Daejeon - typed chat
T.append("""AI: Hi, thanks for taking part. Could you tell me about your work?

User: hello. i am [[Park Ji-hoon|PERSON|family_name_first]], [[postdoc|JOB_TITLE]] at [[KAIST|SCHOOL|abbreviation]] in [[Daejeon|CITY]], dept of materials science. i work on solid electrolyte for lithium batteries. phd also from here, graduated [[feb 2022|DATE|abbreviated_month]]. age is [[33|AGE]] in korean age, [[32|AGE]] international lol, korea changed the law so now im younger

AI: Thanks, [[Ji-hoon|PERSON]]. What does a typical week look like in your lab?

User: very long week haha. [[our PI|GENERIC_ROLE]] is [[Lee|PERSON|common_surname]] 교수님 (professor [[Lee|PERSON]]), the lab has 11 phd students + 2 postdocs. i do DFT calculations with [[VASP|SOFTWARE]] on the cluster and also supervise 3 students in the glovebox. we have industry project with [[LG Energy Solution|ORGANIZATION]], meeting every 2 weeks in [[Seoul|CITY]] or online. the NRF grant is [[NRF-2022R1A2C1004417|NATIONAL_ID|grant_number]] and i do most of the reporting for that too because [[Lee|PERSON]] 교수님 hates paperwork

AI: How do you use AI in your work?

User: a lot. [[ChatGPT|AI_PRODUCT]] for writing papers and reviewer responses, for [[python|SOFTWARE]] scripts to process the DFT outputs. [[Clova X|AI_PRODUCT]] from [[Naver|ORGANIZATION]] sometimes for korean documents. also ML potentials for the simulation itself, that is "AI" too i guess. students use [[Wrtn|AI_PRODUCT|product_named_like_word]] a lot, its korean service. i make plots in [[Origin|SOFTWARE|product_named_like_word]], sometimes i ask [[ChatGPT|AI_PRODUCT]] how to fix the axis because [[origin|SOFTWARE|lowercase]] menus are crazy

AI: Have there been any problems with AI in your work?

User: yes. industry data is confidential, NDA with [[LGES|ORGANIZATION|abbreviation]]. one new student, [[Yoon Seo-yeon|PERSON]], she pasted the cycling data table into [[chatgpt|AI_PRODUCT]] with the sample names and the company cell codes. [[Kim|PERSON|common_surname]] 박사님, the other [[postdoc|JOB_TITLE]] (dr [[kim|PERSON|lowercase_name]], not the famous one lol), found it in her history when helping her. we had big meeting after. now the lab rule: no company data in any public AI. and personally i once pasted my resume for korean job application with my 주민번호 [[910215-1******|NATIONAL_ID|partially_masked]] lol it was masked at least

AI: How do you feel about the future of AI in science?

User: mixed. when [[AlphaGo|AI_PRODUCT]] beat [[Lee Sedol|PUBLIC_FIGURE]] i was master student and everybody in korea was shocked, now it is normal. i think AI will find materials faster than us, and maybe postdocs like me become "AI supervisors". i want to move to [[Samsung SDI|ORGANIZATION]] or a company in [[Suwon|CITY]] soon because [[postdoc|JOB_TITLE]] salary is low and my wife [[Soo-jin|PERSON]] is pregnant, baby in [[september|GENERIC_TIME|lowercase]]

AI: Congratulations! Anything else, or a way to contact you?

User: thanks :) email [[jihoon.park@kaist.ac.kr|EMAIL_ADDRESS]], phone [[010-4827-3391|PHONE_NUMBER|local_format]], or kakao id [[jihoon_battery91|SOCIAL_HANDLE]] on [[KakaoTalk|SOFTWARE]]. ORCID [[0000-0002-7718-3340|NATIONAL_ID|orcid]]""")

# 14. Italy - research laboratory technician at an orthopaedic research hospital, Bologna - speech-to-text
T.append("""AI: Hello, thanks for joining. Could you tell me a little about your job?

User: Yes, hello, buongiorno. So, I'm [[Francesca Lombardi|PERSON]], I'm a, uh, [[laboratory technician|JOB_TITLE]], tecnico di laboratorio, at the [[Rizzoli|ORGANIZATION|org_looks_like_name]], the [[Istituto Ortopedico Rizzoli|ORGANIZATION]], in [[Bologna|CITY]]. It's a research hospital for, um, bones, orthopaedics. I work in the cell biology lab and also in the biobank. I've been there since, uh, [[two thousand and fifteen|DATE|date_words]], before I was at the [[University of Modena|SCHOOL]] with a fixed-term contract.

AI: Thanks, [[Francesca|PERSON]]. What does a normal day involve for you?

User: Um, cell cultures in the morning, the, uh, the mesenchymal stem cells, feeding, splitting. Then the biobank: we receive samples from the surgery, bone, cartilage, and I register them with a code, like [[R B zero four seven seven one|NATIONAL_ID|spoken_sample_code]], and the code is linked to the patient in a separate system, that only the, uh, [[the clinical staff|GENERIC_ROLE]] sees. [[My boss|GENERIC_ROLE]] is the professoressa [[Elena Galli|PERSON]], she's the [[head of the lab|JOB_TITLE]]. And I work with [[Beppe|PERSON|nickname]], [[Giuseppe|PERSON]], the other technician, he is there for thirty years, he knows everything.

AI: Where do AI tools come into that work?

User: Um, honestly, not so much in the lab, more for the, how do you say, the paperwork. The standard operating procedures, they must be in English for the accreditation, and my English is, eh, so-so, so I write in Italian and I ask [[ChatGPT|AI_PRODUCT]] to translate and to make it formal. Then [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]], because the hospital has it, for the emails. And for the image analysis, [[Fiji|SOFTWARE|product_named_like_country]], the, uh, the version of [[ImageJ|SOFTWARE]], there is now a plugin with AI for counting cells. [[Beppe|PERSON]] doesn't trust it, he counts by hand, haha.

AI: Is there an example where AI made something easier, or harder?

User: Easier, the SOP, absolutely, one day instead of one week. Harder, um, one time a young doctor, a, a specializzando, Doctor [[Marco Ferri|PERSON]], he asked me for the list of samples with the patient data to make a graph with AI, and I said no, absolutely not, I don't have that, and also, you cannot. Because I know, we had the training on the GDPR, and the hospital, the privacy office, they were very clear. Also I had to give my codice fiscale for the training platform, [[L M B F N C eight seven D four one A nine four four Q|NATIONAL_ID|spelled_letters_digits]], and I thought, where does this go?

AI: What worries you about AI, more broadly?

User: Um, for technicians, I think, uh, the automation, not only AI. The machines now do the cell counting, the, um, the pipetting. I am [[forty-one|AGE]], I have a mortgage on a small flat in [[Via Cavour 41|ADDRESS]], in [[Imola|CITY]], I commute [[every day|GENERIC_TIME]] by train. [[Pope Francis|PUBLIC_FIGURE]] spoke about AI at the G7 and my mother, she is very Catholic, she sent it to me on [[WhatsApp|SOFTWARE]], "see, even the [[Pope|PUBLIC_FIGURE]] is worried". Haha. But also, I think, if AI does the paperwork, maybe I have more time for the science, which I like.

AI: Thank you. If we have follow-up questions, how can we contact you?

User: Yes, the email, [[francesca punto lombardi chiocciola ior punto it|OBF_EMAIL|spoken_email_italian]], "chiocciola" is the at, or the mobile, [[tre tre nove, quattro uno due, sette sette otto zero|OBF_PHONE|spoken_digits_italian]]. My matricola, the staff number, is [[zero zero nine eight four one two|NATIONAL_ID|spoken_digits]] if you need it. Grazie.""")

# 15. Turkey - research assistant in earthquake engineering, Ankara - typed chat
T.append("""AI: Hi, thank you for joining. Could you tell me about your role and where you work?

User: hi, im [[elif yilmaz|PERSON|lowercase_no_diacritics]], [[research assistant|JOB_TITLE]] (arş. gör.) at [[METU|SCHOOL|abbreviation]] / [[ODTÜ|SCHOOL|native_abbreviation]] civil engineering in [[Ankara|CITY]], also doing my phd in earthquake engineering. im [[28|AGE]]. been here since my masters, so [[2019|DATE]]

AI: Thanks, [[Elif|PERSON]]. What does your work involve day to day?

User: as arş gör we do everything lol. teaching assistant for 2 courses, grading, proctoring exams, lab tests on the shake table, and my own thesis. after the big earthquake i went to [[Antakya|CITY]] and [[Kahramanmaraş|CITY]] for damage surveys, we were there [[march 2023|DATE|lowercase]] for 3 weeks. my advisor [[Hakan|PERSON]] hoca leads a [[TÜBİTAK|ORGANIZATION|abbreviation]] project, no [[122M447|NATIONAL_ID|grant_number]], about retrofitting schools, im the main person doing the analysis

AI: Where do AI tools fit into that?

User: i use [[ChatGPT|AI_PRODUCT]] [[every day|GENERIC_TIME]], for [[MATLAB|SOFTWARE]] and [[OpenSees|SOFTWARE]] scripts mostly, and english editing. [[Copilot|AI_PRODUCT]] too. we also tried a deep learning model to classify damage from the survey photos, [[umut|PERSON|name_is_word]] (my labmate, his name means hope haha) trained it on 40k photos. it works ok for collapsed buildings but not for cracks

AI: Can you tell me about a time when AI was a problem, or a worry?

User: the photos actually. many survey photos have people in them, and addresses on the buildings, like [[Cumhuriyet Mahallesi 1453 Sokak No:7|ADDRESS|local_format]] in [[Antakya|CITY]], which is my cousin [[Deniz|PERSON|name_is_word]]'s building by coincidence, it collapsed, they are ok thank god. we uploaded some to an online AI labeling tool before thinking. also for the [[TÜBİTAK|ORGANIZATION]] forms i needed my TC kimlik no [[38291047756|NATIONAL_ID]] and i asked [[chatgpt|AI_PRODUCT]] to fill the form text with it, stupid. [[Hakan|PERSON]] hoca laughed and said "[[elif|PERSON|lowercase_name]], you are the one who teaches [[the undergrads|GENERIC_ROLE]] about data privacy"

AI: How do you see AI affecting your career and your field?

User: for structural eng, AI will be big in fast damage assessment, i want to do my postdoc on that, maybe in [[Japan|COUNTRY]] or the [[US|COUNTRY|abbreviation]]. but i worry people trust the model more than the engineer. in [[Türkiye|COUNTRY]] the problem was never the calculation, it was the construction and the amnesty laws. AI doesnt fix that. even [[Aziz Sancar|PUBLIC_FIGURE]] cant fix that lol. my mom in [[Eskişehir|CITY]] keeps sending me AI news from [[Instagram|SOFTWARE]]

AI: Thank you. How can we reach you for follow-up?

User: [[elif.yilmaz@metu.edu.tr|EMAIL_ADDRESS]] or [[0532 417 88 20|PHONE_NUMBER|local_format]]. on x im [[@elifyilmaz_eq|SOCIAL_HANDLE]], i post the survey stuff there""")

# 16. Philippines - staff nurse and working MA Nursing student, Cebu City - speech-to-text
T.append("""AI: Hi, good evening, and thanks for joining after your shift. Could you tell me about yourself and your work?

User: Hi, yes, good evening po. So, um, I'm [[Mary Joy Villanueva|PERSON]], but everyone calls me [[Joy|PERSON|name_is_word]]. I'm a [[staff nurse|JOB_TITLE]] at [[Vicente Sotto Memorial Medical Center|ORGANIZATION|org_looks_like_name]] here in [[Cebu City|CITY]], in the, uh, medical ward, and at the same time I'm taking my master's, Master of Arts in Nursing, at [[University of San Carlos|SCHOOL|school_looks_like_name]], weekend classes. So, um, very tired, haha.

AI: That's a lot at once, [[Joy|PERSON]]. How do you use AI in your nursing work and your studies?

User: For the studies, a lot. [[ChatGPT|AI_PRODUCT]] helps me with the, um, the related literature, the RRL, and the APA format, because [[our professor|GENERIC_ROLE]], Doctor [[Lim|PERSON|common_surname]], is very, very strict with APA. Also I make my reporting slides in [[Canva|SOFTWARE]], it has AI now. For the hospital, uh, officially no, we're not allowed. But, um, unofficially, some of [[the nurses|GENERIC_ROLE]], they use it to write the, the incident reports, or to translate instructions into Cebuano for [[the patients|GENERIC_ROLE]]' families.

AI: Can you tell me about your master's research?

User: Yes, so my thesis is about, uh, burnout of nurses who stayed, because many of my batchmates, they went abroad. My sister, [[Hope|PERSON|name_is_word]], she's in [[Dubai|CITY]], a [[nurse|JOB_TITLE]] also, and my, um, best friend [[Kristine|PERSON]] is in the [[UK|COUNTRY|abbreviation]] now. I'm doing a survey of maybe two hundred nurses in three hospitals in [[Cebu|CITY|city_or_province]], and [[my adviser|GENERIC_ROLE]], Sir [[Rommel Tan|PERSON|name_like_public_figure]], he told me to use AI for the, um, for the thematic analysis of the open-ended answers.

AI: Have you had any concerns about privacy or data with these tools?

User: Yes, actually, um, one time. My tita, Tita [[Baby|PERSON|nickname_is_word]], she was admitted, and I wanted to understand her lab results, so I typed them into [[ChatGPT|AI_PRODUCT]] with her name, her age, [[sixty-eight|AGE]], her PhilHealth number, [[one two dash three four five six seven eight nine zero one dash two|NATIONAL_ID|spoken_digits_looks_like_phone]]... I didn't need to put that, I know, I know. And my own PRC license, [[zero six one two three four five|NATIONAL_ID|spoken_digits_registration]], I put it in a, uh, a CV generator online. My cousin [[Bong|PERSON|nickname]], he's in IT, he told me, "[[Joy|PERSON]], that's why you get so many scam texts", haha.

AI: How do you see AI changing nursing in the [[Philippines|COUNTRY]]?

User: Um, honestly, I think it can help with the documentation, because we spend so much time writing, writing, and we're understaffed, one [[nurse|GENERIC_ROLE]] for twenty patients sometimes. But I worry that the, the hospital administration will say, okay, you have AI, you can handle more patients. And the government, uh, [[Bongbong Marcos|PUBLIC_FIGURE|nickname_public_figure]] talks about digital transformation, but our ward doesn't even have enough computers. I'm [[twenty-nine|AGE]], and honestly, I'm also thinking to go abroad, like [[Hope|PERSON|name_is_word]], maybe [[Canada|COUNTRY]].

AI: Thank you, [[Joy|PERSON]]. Is there a way to reach you for follow-up?

User: Yes po, my email is [[maryjoy dot villanueva twenty-nine at gmail dot com|OBF_EMAIL|spoken_email]], or text me, [[zero nine one seven, eight eight two, four one five six|OBF_PHONE|spoken_digits]]. Thank you po, salamat!""")

# 17. Argentina - CONICET doctoral fellow in sociology of work, Córdoba - typed chat
T.append("""AI: Hola, and thanks for joining. Could you tell me about your work?

User: hola! soy [[cami|PERSON|nickname_lowercase]], [[Camila Belén Ferreyra|PERSON]]. im a [[doctoral fellow|JOB_TITLE]] ("becaria doctoral") at [[CONICET|ORGANIZATION|abbreviation]], my workplace is a research center inside the [[Universidad Nacional de Córdoba|SCHOOL]], the [[UNC|SCHOOL|abbreviation]], in [[Córdoba|CITY|city_same_as_province]]. i study the working conditions of delivery riders from apps like [[Rappi|ORGANIZATION]] and [[PedidosYa|ORGANIZATION]]. sorry for my english im better at reading than writing

AI: Your English is great, [[Camila|PERSON]]. What does your research work look like day to day?

User: gracias! a lot of interviews with riders, at the corners where they wait, in [[Nueva Córdoba|CITY|district]] mostly, and some of them via [[WhatsApp|SOFTWARE]] audios. i have like 60 interviews now. [[my director|GENERIC_ROLE]] is la dra [[Silvia Quiroga|PERSON]] and co-director is [[Matías|PERSON]] who is in [[Buenos Aires|CITY]]. i code in [[Atlas.ti|SOFTWARE]]. also i teach as ayudante in a sociology course, unpaid basically lol, that is very argentinian

AI: How do you use AI in this work?

User: [[Whisper|AI_PRODUCT|product_named_like_word]] for transcribing the interviews, it changed my life, before i spent 6 hours per interview. i run it local on the lab computer because [[the riders|GENERIC_ROLE]] say things about their migration status, many are from [[Venezuela|COUNTRY]], so i dont want the audios in some cloud. then [[ChatGPT|AI_PRODUCT]] for the english abstracts and to discuss theory, like "explain me Srnicek like im 5" haha. [[the riders|GENERIC_ROLE]] themselves use AI too, one of them, [[Yohandry|PERSON|unusual_name]], uses [[chatgpt|AI_PRODUCT]] to write complaints to the app support in formal spanish

AI: Have there been any problems or risks with that?

User: one. a friend from my cohort, [[Flor|PERSON|nickname_is_word]], shared a transcript with a rider's full name, DNI [[94.118.307|NATIONAL_ID|local_format]] (foreigner DNI starts with 9) and his address [[Av. Colón 1245, 3° B|ADDRESS|local_format]] in a [[chatgpt|AI_PRODUCT]] chat that she then shared by link in our group. i screamed. we deleted it. and for [[CONICET|ORGANIZATION]] you have to put your CUIL everywhere, mine [[27-38412907-3|NATIONAL_ID|id_looks_like_phone]], and the AI forms helpers always ask for it

AI: How do you see the future, for yourself and your field?

User: honestly scary but not bc of AI. with [[Milei|PUBLIC_FIGURE]] the budget for science was cut so much, many becas and positions frozen. my beca ends [[march 2026|DATE|lowercase]] and i dont know what comes next. im [[29|AGE]], maybe i go to [[Spain|COUNTRY]] like half my friends. AI is the least of my worries lol, but i do think AI will be used as an excuse, "we dont need so many assistants"

AI: Thank you for sharing that. Can we contact you for follow-up?

User: sure! [[camila.ferreyra@unc.edu.ar|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE]] [[+54 9 351 612-4478|PHONE_NUMBER]]. ig is [[@cami.ferreyra.soc|SOCIAL_HANDLE]] but its mostly my cat lol""")

# 18. Netherlands - research data steward at a university, Utrecht - speech-to-text
T.append("""AI: Hello, and thank you for joining. Could you start by describing your role?

User: Yeah, sure. So, I'm [[Willemijn de Vries|PERSON]], I'm a [[research data steward|JOB_TITLE]] at [[Utrecht University|SCHOOL]], at the faculty of geosciences. Basically I help researchers with, um, data management plans, with storage, with privacy, with the, uh, the ethics forms. And since [[twenty twenty-three|DATE|date_words]] I'm also in the working group on AI use for research, so, that's why I said yes to this interview, haha.

AI: Thanks, [[Willemijn|PERSON]]. What does a typical week look like?

User: Um, a lot of meetings. Consultations with PhD candidates, with [[postdocs|GENERIC_ROLE]]. We use [[Yoda|SOFTWARE|product_named_like_fictional_character]], that's our, uh, research data platform, yes, named after the Star Wars guy. And then there's [[SURF|ORGANIZATION|abbreviation_like_word]], the national IT organisation, for the storage. My direct colleague is [[Will|PERSON|name_is_word]], [[Will Hughes|PERSON]], he's British, he's the [[privacy officer|JOB_TITLE]] of the faculty, and people always joke, "[[Will|PERSON|name_is_word]] will check it", haha. And I report to, uh, [[Pieter van den Berg|PERSON]], who is the, um, the [[head of research support|JOB_TITLE]].

AI: How is AI part of your work?

User: Well, two ways. One, I use it myself. The university has [[Microsoft Copilot|AI_PRODUCT]] with the, uh, the data protection, so that's the official one. I use it for summaries of policies, for drafting guidance pages. Some colleagues use [[ChatGPT|AI_PRODUCT]], which is not officially allowed for sensitive data. And I'm curious about [[GPT-NL|AI_PRODUCT]], the Dutch model, when it comes. Two, and that's the bigger part, researchers ask me, "can I put my interview data in this tool?" And the answer is, mostly, um, no, or not like that.

AI: Could you give a concrete example of one of those questions?

User: Yeah, [[last month|GENERIC_TIME]], um, a PhD candidate, [[Sanne|PERSON]], she had interviews with dairy farmers around, uh, [[Leeuwarden|CITY]] and [[Drachten|CITY]], and she'd uploaded the transcripts to a transcription service with AI, an American one, including names, farm addresses, even a BSN, because one farmer read his, uh, tax letter out loud, [[two zero four, seven one eight, three three six|NATIONAL_ID|spoken_digits]]. So we had to do a data breach notification to the, uh, the privacy team. It's not a big drama, but it's work. And she felt terrible, she cried in my office.

AI: What are your own worries about AI?

User: Um, I think the, the speed. The tools change [[every month|GENERIC_TIME]] and the policies take a year. And, uh, for me personally, I'm [[forty-four|AGE]], I have two kids in [[Amersfoort|CITY]], and my job is a permanent one, luckily, so I'm not so worried about the job. But the PhD candidates, they feel pressure, like, "everyone uses it, if I don't, I'm slower". And [[Mark Rutte|PUBLIC_FIGURE]], when he was still PM, said something about AI being the future, and now everybody, uh, repeats it.

AI: Thank you. How can we reach you for follow-up?

User: Email is fine, [[w punt devries at uu punt nl|OBF_EMAIL|spoken_email_dutch]], so, [[w dot devries at uu dot nl|OBF_EMAIL|spelled_at_dot]]. Or my mobile, [[nul zes, achtenveertig, eenentwintig, negenendertig, zevenenzeventig|OBF_PHONE|spoken_digits_dutch]]. And the transcription will probably write my name as [[Will a mine|PERSON|misheard_name]], everyone's does, haha.""")

# 19. Pakistan - lecturer in computer science, Lahore - typed chat
T.append("""AI: Hello, thanks for joining. Could you please tell me about your job?

User: AoA. im [[Hira Naveed|PERSON]], [[lecturer|JOB_TITLE]] in computer science at [[University of the Punjab|SCHOOL]] ([[PU|SCHOOL|abbreviation]]) in [[Lahore|CITY]]. joined in [[sept 2019|DATE|abbreviated_month]]. also doing my phd part time from [[UET|SCHOOL|abbreviation]], its on urdu NLP. so teaching + research + admin, 24/7 basically

AI: Thanks, [[Hira|PERSON]]. What does a normal week look like for you?

User: 4 courses [[this semester|GENERIC_TIME]], programming fundamentals and data structures mostly, like 70 students per section. i also coordinate the final year projects. my phd supervisor is Dr [[Tariq Mehmood|PERSON]], [[Tariq|PERSON]] sb is very good but he is also the [[chairman of the department|JOB_TITLE]] so he has no time. and theres load shedding so half my plans fail anyway lol

AI: How do you use AI in your teaching and research?

User: [[ChatGPT|AI_PRODUCT]] for quiz questions and for making rubrics, [[Gemini|AI_PRODUCT]] sometimes. for the phd i use it to debug [[PyTorch|SOFTWARE]] code and to understand papers. for urdu it is still weak, roman urdu is a disaster lol, thats literally my research topic. [[my students|GENERIC_ROLE]] use it for everything, assignments, FYP reports, even their emails to me start with "I hope this email finds you well" which no pakistani student ever wrote before [[chatgpt|AI_PRODUCT]] came lol

AI: How do you deal with students using AI for assignments?

User: we have [[Turnitin|SOFTWARE]] with AI detection but it flags the good students too, especially the ones who write formal english. [[last term|GENERIC_TIME]] one girl, [[Zainab|PERSON]], she got flagged 80% and she cried in my office, she wrote it herself, i know her writing. i went to the [[HEC|ORGANIZATION|abbreviation]] workshop on this in [[Islamabad|CITY]] and honestly nobody knows what to do. now i do more viva and in-class coding

AI: Any worries about privacy, or about your own work with these tools?

User: yes. for the FYP coordination i had an [[excel|SOFTWARE]] of all 240 students with roll numbers and cnic, like [[35202-4471839-2|NATIONAL_ID|cnic_format]], and i wanted [[chatgpt|AI_PRODUCT]] to make groups... i stopped before pasting thank god. but a colleague did paste the result sheet, with roll nos like [[BSCS-F21-047|NATIONAL_ID|student_number]]. also my employee no [[PU-EMP-22871|NATIONAL_ID|employee_id]] is in the footer of every letter i send so probably already everywhere lol. my father always says dont put your cnic anywhere, hes a retired [[bank manager|JOB_TITLE]] at [[HBL|ORGANIZATION|abbreviation]] in [[Gujranwala|CITY]] so he is very strict about this

AI: How do you see the future of your work?

User: i think AI will change CS teaching completely, but in [[Pakistan|COUNTRY]] we are slow, many students dont have laptops. [[Abdus Salam|PUBLIC_FIGURE]] is my hero and he always said science needs investment, not slogans. im [[31|AGE]] and i want to finish my phd by [[2026|DATE]]. you can reach me at [[hira.naveed@pucit.edu.pk|EMAIL_ADDRESS]] or [[0300-4417823|PHONE_NUMBER|local_format]] on [[whatsapp|SOFTWARE]]""")

# 20. Ghana - assistant registrar in academic affairs, Kumasi - speech-to-text
T.append("""AI: Good afternoon, and thank you for taking part. Could you tell me about your role?

User: Good afternoon, you're welcome. My name is [[Abena Serwaa Mensah|PERSON]], I'm an [[assistant registrar|JOB_TITLE]] in the academic affairs directorate of [[KNUST|SCHOOL|abbreviation]], the [[Kwame Nkrumah University of Science and Technology|SCHOOL|school_named_after_public_figure]], in [[Kumasi|CITY]]. I handle, um, examinations, transcripts, and the, uh, the graduation lists. I've been at the university since [[two thousand and twelve|DATE|date_words]], I started as an [[administrative assistant|JOB_TITLE]].

AI: Thank you, [[Abena|PERSON]]. What does a normal week look like for you?

User: Ah, a normal week, there is no normal week, haha. Students come for transcripts, for, uh, attestation letters for their visas, for the, um, the foreign universities. We use the, the student information system, and [[Excel|SOFTWARE]] for everything else. [[My boss|GENERIC_ROLE]] is the, uh, the [[Deputy Registrar|JOB_TITLE]], Mr [[Agyemang|PERSON]], and in my office there's [[Comfort|PERSON|name_is_word]] and [[Gifty|PERSON|name_is_word]], they are [[administrative assistants|JOB_TITLE]], and Auntie [[Esi|PERSON]], she's the, uh, the [[typist|JOB_TITLE]], she's been there for thirty years.

AI: How does AI fit into your work?

User: Um, I use [[ChatGPT|AI_PRODUCT]] for drafting letters, memos, the, uh, minutes of meetings. Sometimes [[Copilot|AI_PRODUCT]] because the university gave us [[Microsoft 365|SOFTWARE]]. It saves a lot of time, the minutes especially, I record on my phone and then I ask it to summarise. But, um, I'm careful. We handle the student data, their index numbers, like, [[two zero six four, one one eight, three|NATIONAL_ID|spoken_digits_student_number]], their results, so I don't put those inside.

AI: Has there been a time AI caused a problem or a worry?

User: Yes, um. A young [[national service person|JOB_TITLE]] in our office, [[Kofi|PERSON]], he was very excited about AI, and he pasted a whole list of, um, of students with referred papers, the names and the index numbers, to make a letter template. [[Comfort|PERSON]] saw it and reported to Mr [[Agyemang|PERSON]]. It became a whole, um, meeting. And for myself, I once asked it to help me fill my SSNIT form and I typed my national ID card number, [[G H A dash seven one two three four five six seven eight dash three|NATIONAL_ID|spelled_letters_digits]], I didn't think. My brother [[Kwame|PERSON|name_like_public_figure]], he's a [[lawyer|JOB_TITLE]] in [[Accra|CITY]], he said, "[[Abena|PERSON]], you this woman", haha.

AI: How do you feel about AI's future in university administration?

User: Um, I think it will change a lot. [[Kwame Nkrumah|PUBLIC_FIGURE]] said, uh, we face neither East nor West, we face forward, and I think we have to face forward with AI too, haha. But in [[Ghana|COUNTRY]], many of [[the admin staff|GENERIC_ROLE]] are older, they are afraid. I'm [[forty-three|AGE]] and even me, I'm learning. I did a short course online with [[University of Cape Coast|SCHOOL]] on digital skills. My daughter [[Nana Ama|PERSON]], she's at [[Wesley Girls|SCHOOL|abbreviated_school_name]] in [[Cape Coast|CITY]], she teaches me the prompts, haha.

AI: Thank you. How can we reach you if we have follow-up questions?

User: My email is [[abena dot mensah at knust dot edu dot gh|OBF_EMAIL|spoken_email]], and my staff ID for the consent form is [[K N U S T slash S S slash four four seven one|NATIONAL_ID|spelled_letters_digits]], or my phone, [[zero two four four, seven one three, eight nine two|OBF_PHONE|spoken_digits]]. Thank you very much.""")

# 21. Spain - predoctoral researcher in prehistoric archaeology (FPU fellow), Granada - typed chat
T.append("""AI: Hola, thanks for joining. Could you tell me a bit about your work?

User: hola! im [[lucía|PERSON|lowercase_name]], [[Lucía Martín Garrido|PERSON]] officially (two surnames, spanish style). [[predoctoral researcher|JOB_TITLE]] in prehistory at the [[Universidad de Granada|SCHOOL]], with an FPU contract from the ministry, ref [[FPU21/04417|NATIONAL_ID|grant_number]]. started [[octubre 2022|DATE|native_language_month]]. i work on early pleistocene sites in the [[Baza|CITY]] basin, near [[Orce|CITY]]. im [[27|AGE]], from [[Jaén|CITY]] originally

AI: Thanks, [[Lucía|PERSON]]. What does your work look like across the year?

User: [[every summer|GENERIC_TIME]] we excavate, 6 weeks in the field, living in a hostel in [[Orce|CITY]] with like 20 students. the rest of the year is lab work in [[Granada|CITY]]: cleaning and cataloguing bones and stone tools, photogrammetry, databases. [[my director|GENERIC_ROLE]] is Dr [[Antonio Ruiz Morales|PERSON]], everyone calls him [[Toño|PERSON|nickname]]. and [[Paco|PERSON|nickname]], a retired farmer from the village, he has been digging with us for 25 years, he finds things nobody else sees lol

AI: Where does AI come in?

User: quite a lot actually. we do 3D models in [[Agisoft Metashape|SOFTWARE]], and i tested [[Segment Anything|AI_PRODUCT]] to separate bones from sediment in photos, works surprisingly well. [[ChatGPT|AI_PRODUCT]] for english and for [[python|SOFTWARE]] to clean the excavation database. [[QGIS|SOFTWARE]] for the maps. and i write the permit reports for the [[Junta de Andalucía|ORGANIZATION|regional_government]] with help from [[Copilot|AI_PRODUCT]], because the legal language is horrible

AI: Has anything gone wrong with AI, or worried you?

User: two things. first the "AI archaeology" on tiktok, people post fake reconstructions of the [[Orce|CITY]] man lol and my mum believes them. second, my own mistake: i used an online AI CV builder for a job in [[France|COUNTRY]] and uploaded the CV with my DNI [[74683920K|NATIONAL_ID]], my address [[Calle Pagés 12, 2ºA|ADDRESS|local_format]], [[Albaicín|CITY|district]], [[Granada|CITY]], and phone [[+34 622 18 47 93|PHONE_NUMBER]]. 2 weeks later i got spam calls in french lol. also [[Youssef|PERSON]], a moroccan student on our dig, asked me to translate his residence papers, so i did it with [[chatgpt|AI_PRODUCT]] and pasted his NIE [[Y4471823M|NATIONAL_ID|foreigner_id]]. i felt bad after

AI: How do you see AI affecting archaeology and your own career?

User: i think classification of bones and tools will be mostly automatic in 10 years. but interpreting, no. and the fieldwork obviously, no robot will dig in [[august|GENERIC_TIME|lowercase]] at 40 degrees lol. for my career, in [[Spain|COUNTRY]] after the phd its very hard, postdoc contracts are few. maybe [[Germany|COUNTRY]] or the [[UK|COUNTRY]]. [[Pedro Sánchez|PUBLIC_FIGURE]] announces AI plans [[every month|GENERIC_TIME]] but the universities have no money for basic stuff

AI: Thank you! How can we reach you later?

User: [[luciamg@correo.ugr.es|EMAIL_ADDRESS]], or my academia page [[https://ugr.academia.edu/LuciaMartinGarrido|URL]]. ORCID [[0000-0001-9054-2716|NATIONAL_ID|orcid]]. insta [[@lucia.excava|SOCIAL_HANDLE]] if you like pictures of bones lol""")

# 22. Chile - PhD student in astronomy and part-time observatory software support, La Serena - speech-to-text
T.append("""AI: Hi, thanks for joining us. Could you tell me about your work and studies?

User: Hola, yes. So, um, I'm [[Ignacio Fuentes Araya|PERSON]], everyone says [[Nacho|PERSON|nickname]]. I'm a PhD student in astronomy at the [[Universidad de La Serena|SCHOOL]], in [[La Serena|CITY]], in the north of [[Chile|COUNTRY]], the best sky in [[South America|CONTINENT]]. And also I work, um, part-time, as [[software support engineer|JOB_TITLE]] for an observatory, the [[Cerro Tololo|ORGANIZATION|observatory_named_like_place]] observatory, the, uh, the one of [[NOIRLab|ORGANIZATION]]. I started the PhD in, uh, [[March twenty twenty-two|DATE|date_words]].

AI: Thanks, [[Nacho|PERSON]]. What does your week look like?

User: Depends on the, the observing runs. Some weeks I go up the mountain, three, four nights, the drive is like one hour and a half from [[Vicuña|CITY]]. Other weeks I'm in the office, writing code, reducing data. My thesis is about, um, the star formation in nearby galaxies, with data from [[ALMA|ORGANIZATION|org_named_like_person]], the radio observatory, so I use [[CASA|SOFTWARE|product_named_like_word]], that's the software for [[ALMA|ORGANIZATION]], and [[Python|SOFTWARE]], a lot of [[Python|SOFTWARE]]. [[My supervisor|GENERIC_ROLE]] is, uh, Profesora [[Verónica Soto|PERSON]], she's great, she's also the, um, the [[director of the astronomy department|JOB_TITLE]].

AI: How do you use AI tools?

User: Um, [[ChatGPT|AI_PRODUCT]] for code, a lot. [[GitHub Copilot|AI_PRODUCT]] also, in the editor. For the papers, in English, I use [[DeepL|AI_PRODUCT]] and then [[ChatGPT|AI_PRODUCT]] to improve. And at the observatory there are machine learning models for the, um, the weather, the seeing prediction, and we test a model to detect satellites in the images, because now with the satellites, the, uh, [[Starlink|ORGANIZATION|product_or_company]] satellites, the images have many lines.

AI: Can you share an example where AI helped, or went wrong?

User: Yes, so, um, helped: I had a bug for two weeks in the, uh, in the pipeline, and [[ChatGPT|AI_PRODUCT]] found it in ten minutes. It was a unit conversion. [[My labmate|GENERIC_ROLE]] [[Santiago|PERSON|name_is_city]], he said "you lost two weeks, we could have gone to [[Santiago|CITY|name_is_city]] for the concert", haha. Yes, [[Santiago|PERSON|name_is_city]] the person and [[Santiago|CITY|name_is_city]] the city, very confusing in [[Chile|COUNTRY]]. Went wrong: I asked it for the, uh, the coordinates of a galaxy and it invented them, and I pointed the, the telescope, well, I prepared the observation script, to nothing. Empty sky. [[Carl Sagan|PUBLIC_FIGURE]] would be, uh, disappointed, haha.

AI: Are there any privacy or data issues in your work?

User: Not so much with the astronomy, the data is, uh, public after one year. But the contracts, yes, the observatory forms ask for the RUT, and once I asked the AI to fill a form for me with my RUT, [[diecisiete millones cuatrocientos ochenta y dos mil novecientos trece, guion K|NATIONAL_ID|spoken_digits_spanish]], and my address in [[Coquimbo|CITY]], [[Avenida Costanera tres mil doscientos diez|ADDRESS|spoken_address]]. My girlfriend, [[Javiera|PERSON]], she's a [[lawyer|JOB_TITLE]], she was like, "[[Nacho|PERSON]], ¿en serio?" Haha. I'm [[twenty-seven|AGE]] and I still do stupid things.

AI: Thank you. How could we reach you if we have follow-up questions?

User: Yes, um, my email is [[ignacio punto fuentes arroba userena punto cl|OBF_EMAIL|spoken_email_spanish]], and the phone, [[más cincuenta y seis, nueve, siete ocho cuatro uno, dos dos seis cinco|OBF_PHONE|spoken_digits_spanish]]. [[In the nights|GENERIC_TIME]] I'm usually at the telescope, so, uh, better in the afternoon.""")

# 23. Sweden - research engineer in a proteomics facility, Uppsala - typed chat (privacy-conscious, few identifiers)
T.append("""AI: Hi, and thanks for joining. Could you tell me a little about your work?

User: hi. id prefer to keep it a bit general if thats ok. im a [[research engineer|JOB_TITLE]] in a proteomics core facility at [[Uppsala University|SCHOOL]]. we run mass spec samples for research groups across [[Sweden|COUNTRY]] and sometimes [[Norway|COUNTRY]] and [[Finland|COUNTRY]]. been doing this for about ten years

AI: Of course, that's completely fine. What does a typical week look like?

User: [[on mondays|GENERIC_TIME]] we plan the queue, then the rest of the week is sample prep, instrument runs, data processing in [[MaxQuant|SOFTWARE]] and [[Skyline|SOFTWARE|product_named_like_word]], and meetings with [[the PIs|GENERIC_ROLE]] who want their results yesterday. [[the PhD students|GENERIC_ROLE]] are usually nicer than [[the PIs|GENERIC_ROLE]] lol. we use [[Slack|SOFTWARE]] internally and a booking system that nobody likes

AI: Where does AI come into your work?

User: a few places. [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] for [[Python|SOFTWARE]] and [[R|SOFTWARE|single_letter_product]] scripts, mostly plotting and QC reports. i have tried [[Claude|AI_PRODUCT]] for reading method sections. there are also deep learning tools now that predict peptide retention times and spectra, which are actually useful. for the reports to users i sometimes let AI make the first draft, then i fix it

AI: Have you had any concerns about privacy or data?

User: yes, and thats partly why i keep things general here. some projects are clinical, samples from patients at the university hospital, and the sample sheets sometimes have personnummer on them even though they shouldnt. i never put those anywhere near an AI tool. i also saw [[a postdoc|GENERIC_ROLE]] paste a whole sample list into a chatbot [[last spring|GENERIC_TIME]], and we had a talk with [[the facility manager|JOB_TITLE|specific_person_role]] about it. [[during covid|GENERIC_TIME|lowercase]] we got a lot of new rules and people forgot them since

AI: How do you see AI changing your field?

User: i think the data analysis part will be much more automated, maybe less need for people like me doing manual QC. but the instruments still break every week and need someone to fix them lol. in [[Europe|CONTINENT]] the AI act will also matter for clinical stuff. people talk about [[Greta Thunberg|PUBLIC_FIGURE]] and the climate cost of AI too, the big models use a lot of energy, and here in the north we like to think we are green

AI: Thank you, that's very helpful. Anything else you'd like to add?

User: no i think thats it. please just dont quote the part about the sample sheets with any detail that points to our facility. thanks for the interview""")

# 24. Iran - PhD candidate in chemical engineering and teaching assistant, Isfahan - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Hello, salam. Yes, um, my name is [[Maryam Hosseini|PERSON]], I am a PhD candidate in chemical engineering at [[Isfahan University of Technology|SCHOOL]], in [[Isfahan|CITY]]. Also I am [[teaching assistant|JOB_TITLE]] for, uh, two courses, thermodynamics and process control. I started the PhD in, um, [[fourteen hundred|DATE|solar_hijri_year]], so, uh, [[twenty twenty-one|DATE|date_words]] in your calendar.

AI: Thank you, [[Maryam|PERSON]]. What is your research about?

User: It's about, um, membranes for water treatment, for the, the industrial wastewater. In [[Iran|COUNTRY]] water is a very big problem, [[Isfahan|CITY]] especially, the river, the Zayandeh Rud, it's dry most of the year. [[My supervisor|GENERIC_ROLE]] is Doctor [[Karimi|PERSON]], [[Mohammad Reza Karimi|PERSON]], and we have a project with a petrochemical company in, uh, [[Mahshahr|CITY]], [[Bandar Imam Petrochemical|ORGANIZATION]]. I do the simulations in [[Aspen Plus|SOFTWARE|product_named_like_city]] and [[COMSOL|SOFTWARE]], and the experiments in the lab with [[my labmate|GENERIC_ROLE]] [[Reza|PERSON]].

AI: How do you use AI tools, and is access an issue for you?

User: Yes, access is, um, the big issue. [[ChatGPT|AI_PRODUCT]] does not work from [[Iran|COUNTRY]] directly, because of the sanctions, both sides, so we use VPN, everybody uses VPN, and sometimes it's very slow. [[Some students|GENERIC_ROLE]] use [[Poe|AI_PRODUCT|product_named_like_person]], some use Iranian services that, um, connect to the models. [[Gemini|AI_PRODUCT]] is also blocked. When it works, I use it for the English of the papers, for, uh, [[Python|SOFTWARE]] code, and to understand [[COMSOL|SOFTWARE]] errors, which are, uh, terrible errors, haha.

AI: Could you tell me about a time AI helped, or caused a problem?

User: Helped, many times, the code, the English. Problem, um, one time I needed to register for a conference in [[Germany|COUNTRY]], and the visa form, and I gave [[ChatGPT|AI_PRODUCT]] my passport details to fill the form, the passport number [[E one seven four four two nine three eight|NATIONAL_ID|spelled_letters_digits]], and my national code, the, uh, code melli, [[one two seven zero four five eight eight three one|NATIONAL_ID|spoken_digits]]. My husband, [[Amir|PERSON]], he is very, um, careful, he works in the IT of [[Mobarakeh Steel|ORGANIZATION]], he said, "[[Maryam|PERSON]], why? The VPN server also sees it." And, uh, I didn't get the visa anyway, haha.

AI: I'm sorry about the visa. What worries you about AI for your field or career?

User: Um, I think for Iranian researchers, AI is, uh, like a bridge, because we are isolated, we cannot go to conferences, and AI helps us to write like the others. But if the access is cut, we are, uh, behind again. And the other thing, um, there is pressure to publish, publish, and some people now publish papers written by AI, and this hurts the reputation of all of us. [[Maryam Mirzakhani|PUBLIC_FIGURE|same_first_name_as_participant]], she's my hero, same name as me, haha, she would not like this. I'm [[thirty|AGE]] and I want to, um, I want to stay in academia, maybe as [[assistant professor|JOB_TITLE]] in [[Shiraz|CITY]], where my family is.

AI: Thank you. How can we contact you for follow-up?

User: My email is [[maryam dot hosseini at ch dot iut dot ac dot ir|OBF_EMAIL|spoken_email]], or on [[Telegram|SOFTWARE]], [[at sign maryam underscore h underscore membrane|SOCIAL_HANDLE|spoken_handle]]. Or the phone, [[zero nine one three, two two eight, four seven, one five|OBF_PHONE|spoken_digits]]. And the transcription, maybe it writes my name as [[Mary I'm Hosseini|PERSON|misheard_name]], it happened before, haha.""")

# 25. South Africa - research librarian, Durban - typed chat
T.append("""AI: Hi, thanks for joining. Could you tell me about your job and where you work?

User: hi! im [[Thandeka Mkhize|PERSON]] but pls call me [[Thandi|PERSON|nickname]]. [[research librarian|JOB_TITLE]] at [[UKZN|SCHOOL|abbreviation]] ([[University of KwaZulu-Natal|SCHOOL]]), based at the [[Westville|CITY|campus_suburb]] campus library in [[Durban|CITY]]. i support postgrads and academics in health sciences and engineering: lit searches, systematic reviews, research data, open access, the works. been here since [[2015|DATE]], before that i was at [[DUT|SCHOOL|abbreviation]]

AI: Thanks, [[Thandi|PERSON]]. What does a typical week look like for you?

User: [[on mondays|GENERIC_TIME|lowercase]] and [[wednesdays|GENERIC_TIME|lowercase]] i do one-on-one consultations with [[masters students|GENERIC_ROLE]], [[tuesdays|GENERIC_TIME]] are training workshops on [[Zotero|SOFTWARE]] and search strategies, the rest is emails and the institutional repository. [[my manager|GENERIC_ROLE]] is Mrs [[Naidoo|PERSON]], [[Deputy Director: Libraries|JOB_TITLE]], very supportive. i work closely with [[Lucky|PERSON|name_is_word]] from IT and [[Blessing|PERSON|name_is_word]], a [[subject librarian|JOB_TITLE]] from [[Zimbabwe|COUNTRY]], we are the "AI committee" of the library lol. and load shedding of course, i once ran a whole workshop by phone torch

AI: How does AI show up in your work?

User: everywhere now. [[Scopus AI|AI_PRODUCT]] and [[Scite|AI_PRODUCT]] for searching, [[ChatGPT|AI_PRODUCT]] for drafting search strings and LibGuides. the big thing is students bring AI-made reference lists and half the references are fake. one PhD student, [[Sipho|PERSON]], came with a systematic review protocol where [[chatgpt|AI_PRODUCT]] had invented 3 [[Cochrane|ORGANIZATION]] reviews lol. [[his supervisor|GENERIC_ROLE]] Prof [[Pillay|PERSON]] sent him to me "to learn how to search properly"

AI: Have there been privacy or data concerns?

User: yes. health sciences students work with patient data from hospitals like [[King Edward VIII Hospital|ORGANIZATION|org_named_after_public_figure]] and [[Inkosi Albert Luthuli|ORGANIZATION|org_named_after_public_figure]], and some paste data extracts into AI to "clean the [[excel|SOFTWARE]]". i saw one with SA ID numbers like [[8807150423081|NATIONAL_ID|id_looks_like_phone]] inside. we now have a POPIA session in every workshop. and personally i got caught too, i gave my staff no [[220418|NATIONAL_ID|employee_id]] and my address, [[23 Chamberlain Road|ADDRESS]], [[Berea|CITY|suburb]], to an "AI CV optimiser" when i was applying for a job at [[Stellenbosch University|SCHOOL]]. i didnt get the job but i get a lot of spam now lol

AI: How do you feel about AI's impact on libraries and your career?

User: honestly i think librarians are more needed than ever because someone has to check what the machines say. but management sees AI and thinks "fewer staff". im [[36|AGE]], i have a mortgage in [[Pinetown|CITY]] and a son [[Lwazi|PERSON]] in grade 4 at [[Westville Junior Primary|SCHOOL|school_named_like_suburb]], so i need this job lol. on [[Mandela Day|GENERIC_TIME|holiday_named_after_public_figure]] we did a digital literacy session in [[Umlazi|CITY|township]], and people there had never heard of [[ChatGPT|AI_PRODUCT]] at all. [[Africa|CONTINENT]] is not going to be left behind if we do this right

AI: Thank you, [[Thandi|PERSON]]. How can we reach you for follow-up?

User: [[mkhizet@ukzn.ac.za|EMAIL_ADDRESS]] or cell [[082 447 1193|PHONE_NUMBER|local_format]]. linkedin is [[linkedin.com/in/thandeka-mkhize-lib|URL|url_no_scheme]]. thanks, this was fun!""")

write_set(T, "set_ce")

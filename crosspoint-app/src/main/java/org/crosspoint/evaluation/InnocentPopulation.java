package org.crosspoint.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosspoint.dates.PartialDate;

/**
 * A seeded population of travellers who are not listed, from many cultures, weighted towards the
 * Arabic, Pashto, Urdu and Persian names that share parts with listed ones ("Muhammad Khan") — the
 * population a border post in Pakistan actually screens. Each traveller has a date of birth
 * (1940–2005), a nationality and a gender, as a passport gives them. Name pools are common names
 * written from general knowledge, not taken from any list.
 */
final class InnocentPopulation {
  record Traveller(
      String name, PartialDate dob, String nationality, String gender, String culture) {}

  private record Culture(
      String id,
      int share,
      String[] nationalities,
      String[] male,
      String[] female,
      String[] family,
      int style) {}

  // style: 0 given family; 1 given middle family; 2 Arabic nasab: given bin father al-family;
  // 3 Pakistani: given given-or-Muhammad family; 4 family given (East Asian)
  private static final List<Culture> CULTURES =
      List.of(
          new Culture(
              "arabic",
              20,
              new String[] {
                "SAU", "EGY", "JOR", "IRQ", "SYR", "YEM", "ARE", "LBN", "MAR", "DZA", "TUN"
              },
              words(
                  "Muhammad Mohammed Ahmad Ahmed Ali Omar Umar Khalid Khaled Yusuf Youssef Ibrahim Hassan Hussein Mahmoud Mustafa Abdullah Said Saeed Salim Tariq Walid Karim Faisal Hamza Bilal Ismail Jamal Nabil Sami Adel Amr Ziad Fadi Rami Hani Majid Nasser Saleh Sultan Tamer Bassam Hisham Osama Anas Marwan Yasser Imad Ayman Ashraf Hamid Rashid Zaid Nour Ammar Mazen Ghassan Wael Samir Munir Ayoub Idris"),
              words(
                  "Fatima Aisha Maryam Zainab Khadija Layla Noor Huda Amina Samira Rania Dina Hala Lina Salma Yasmin Nadia Reem Sara Hiba Asma Mona Nawal Rasha Iman Ghada Suha Abeer Lubna"),
              words(
                  "Haddad Khoury Nasser Saleh Masri Mansour Hamdan Aziz Qasim Yousef Darwish Ibrahim Othman Khatib Jaber Shami Awad Hariri Tamimi Harbi Qahtani Shammari Otaibi Ghamdi Zahrani Dosari Mutairi Anazi Sharif Najjar Hijazi Bakri Sabbagh Farouk Halabi Kurdi Jabouri Dulaimi Obeidi Janabi Zubaidi Hashimi Husseini Rifai Attar Suleiman Amin Barakat Hamdi Fakhoury Sayegh Nimr Taha Zayed Omari Khalil Yassin Abbas Rahman"),
              2),
          new Culture(
              "pakistani",
              20,
              new String[] {"PAK"},
              words(
                  "Muhammad Ahmed Ali Imran Bilal Usman Zeeshan Kashif Faisal Adnan Asif Tariq Shahid Waqas Hamza Umar Ahsan Naveed Aamir Sajid Javed Irfan Rizwan Salman Junaid Farhan Nadeem Asad Haris Saad Fahad Shoaib Babar Fawad Arslan Danish Owais Yasir Atif Sohail Khurram Nasir Zubair Mubashir Ghulam Abdul Rehman Noman Talha"),
              words(
                  "Ayesha Fatima Sana Hira Sadia Saima Nadia Amna Mehwish Rabia Sidra Asma Bushra Shazia Uzma Nazia Farah Iqra Maryam Zainab Kiran Samina Rukhsana Shabana Tahira"),
              words(
                  "Khan Malik Chaudhry Butt Qureshi Sheikh Siddiqui Raza Hussain Shah Akhtar Iqbal Mirza Ansari Abbasi Rana Bhatti Awan Javed Ahmed Aslam Anwar Baig Chishti Gillani Hashmi Jatoi Kazmi Lodhi Mughal Niazi Paracha Rajput Saeed Tahir Warraich Zaidi Bukhari Naqvi Rizvi Jafri Cheema Gondal Sandhu Gujjar Memon Soomro"),
              3),
          new Culture(
              "pashto",
              12,
              new String[] {"AFG", "PAK"},
              words(
                  "Gul Wali Zaman Noor Rahmat Shah Janan Hayat Sher Amanullah Rahimullah Hikmatullah Ehsanullah Naqibullah Habibullah Zabihullah Samiullah Najibullah Asadullah Ahmad Mohammad Ghani Karim Daud Jalal Qadir Bashir Nasir Farid Hamid Latif Rahim Sadiq Wahid Yar Zahir Fazal Gulab Haji Mirwais Shafiq"),
              words(
                  "Malalai Zarghona Nazo Palwasha Shaista Gulalai Bibi Nasrin Fariba Shabnam Laila Pashtana"),
              words(
                  "Khan Shinwari Yousafzai Afridi Durrani Popalzai Achakzai Mohmand Wazir Khattak Bangash Orakzai Kakar Tarin Barakzai Ghilzai Ahmadzai Safi Momand Niazi Lodin Stanikzai Hotak Alokozai Noorzai Ishaqzai Sahak Jadran Mangal Zadran Kharoti Sulemankhel"),
              0),
          new Culture(
              "persian",
              6,
              new String[] {"IRN", "AFG", "TJK"},
              words(
                  "Ali Reza Mohammad Hossein Mehdi Amir Hamid Majid Saeed Behrouz Dariush Kourosh Farhad Babak Arash Kaveh Siavash Mohsen Javad Hadi Vahid Nima Omid Payam Ramin Shahram"),
              words(
                  "Maryam Zahra Fatemeh Narges Shirin Parisa Leila Roya Mahsa Niloufar Sara Azadeh Golnaz Yasaman Ladan Mitra"),
              words(
                  "Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi Ghorbani Kazemi Heidari Shirazi Tehrani Esfahani Tabrizi Farahani Amini Nouri Bagheri Abbasi Soltani Yazdani Navabi Sharifi Rostami Kamali"),
              0),
          new Culture(
              "turkish",
              5,
              new String[] {"TUR", "AZE"},
              words(
                  "Mehmet Mustafa Ahmet Ali Huseyin Hasan Ibrahim Ismail Osman Yusuf Murat Emre Burak Can Cem Kemal Serkan Volkan Onur Tolga"),
              words("Ayse Fatma Emine Hatice Zeynep Elif Merve Ozlem Esra Derya"),
              words(
                  "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara Koc Kurt Ozkan Simsek"),
              0),
          new Culture(
              "english",
              8,
              new String[] {"GBR", "USA", "CAN", "AUS", "IRL", "NZL"},
              words(
                  "James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark Paul Steven Andrew Kevin Brian George Edward Peter"),
              words(
                  "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Emily Emma Olivia Sophie Charlotte"),
              words(
                  "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Baker Murphy O'Brien Kelly Walsh Campbell Stewart"),
              1),
          new Culture(
              "hispanic",
              5,
              new String[] {"ESP", "MEX", "COL", "ARG", "PER", "VEN"},
              words(
                  "Jose Juan Carlos Luis Miguel Antonio Francisco Pedro Jorge Manuel Alejandro Diego Javier Fernando Ricardo Sergio Pablo Andres Rafael"),
              words(
                  "Maria Carmen Ana Laura Isabel Lucia Sofia Elena Rosa Patricia Marta Paula Gabriela Valentina"),
              words(
                  "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Reyes Cruz Ortiz Gutierrez Chavez Ramos Vargas Castillo Jimenez Moreno Romero"),
              1),
          new Culture(
              "french-german",
              4,
              new String[] {"FRA", "DEU", "BEL", "CHE", "AUT"},
              words(
                  "Jean Pierre Michel Philippe Alain Nicolas Francois Laurent Thomas Hans Klaus Peter Stefan Andreas Markus Jurgen Wolfgang Lukas"),
              words(
                  "Marie Nathalie Isabelle Sylvie Catherine Claire Julie Anna Ursula Petra Sabine Monika Julia Katharina"),
              words(
                  "Martin Bernard Dubois Durand Lefebvre Moreau Laurent Simon Michel Leroy Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter"),
              0),
          new Culture(
              "russian",
              4,
              new String[] {"RUS", "UKR", "BLR", "KAZ"},
              words(
                  "Alexander Sergei Dmitry Andrei Alexei Ivan Mikhail Nikolai Vladimir Pavel Yuri Oleg Igor Viktor Maxim Artem"),
              words(
                  "Olga Elena Tatiana Natalia Irina Svetlana Anna Maria Ekaterina Yulia Anastasia"),
              words(
                  "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev"),
              0),
          new Culture(
              "south-asian",
              6,
              new String[] {"IND", "BGD", "NPL", "LKA"},
              words(
                  "Rahul Amit Sanjay Rajesh Suresh Vijay Anil Sunil Ramesh Arjun Vikram Rohit Deepak Manoj Ravi Karan Abdul Rafiq Shafiqul Mizanur Anisur"),
              words(
                  "Priya Anjali Pooja Sunita Kavita Neha Deepa Lakshmi Meena Rekha Nasreen Taslima"),
              words(
                  "Sharma Singh Kumar Patel Gupta Verma Reddy Rao Nair Iyer Das Bose Chatterjee Mukherjee Banerjee Joshi Mehta Shah Desai Pillai Rahman Hossain Islam Chowdhury Uddin Ahmed"),
              0),
          new Culture(
              "east-asian",
              5,
              new String[] {"CHN", "KOR", "VNM", "JPN"},
              words(
                  "Wei Jun Ming Hao Lei Jian Tao Chen Min Seung Hyun Jin Duc Minh Tuan Hiroshi Takashi Kenji"),
              words("Li Na Mei Ying Xiu Hui Ji Eun Soo Lan Linh Yuki Keiko"),
              words(
                  "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Kim Lee Park Choi Jung Nguyen Tran Le Pham Sato Suzuki Tanaka"),
              4),
          new Culture(
              "african",
              5,
              new String[] {"NGA", "KEN", "GHA", "ETH", "SOM", "SEN", "TZA"},
              words(
                  "Chinedu Emeka Oluwaseun Tunde Kwame Kofi Yaw Musa Ibrahim Abdi Mohamed Hassan Tesfaye Dawit Juma Baraka Moussa Mamadou Ousmane Abdoulaye"),
              words("Ngozi Chioma Amina Fatuma Wanjiru Akosua Abena Halima Hodan Aminata Mariama"),
              words(
                  "Okafor Okonkwo Adeyemi Balogun Mensah Owusu Boateng Mwangi Otieno Kamau Ochieng Abdi Hussein Warsame Diallo Ba Sow Diop Ndiaye Traore Keita Tadesse Bekele"),
              0),
          new Culture(
              "southeast-asian",
              3,
              new String[] {"IDN", "MYS", "PHL"},
              words("Budi Agus Ahmad Muhammad Rizky Hendra Andi Joko Faizal Hafiz Azman Jose Mark"),
              words("Siti Nur Dewi Sri Putri Aisyah Nurul Maria"),
              words(
                  "Santoso Wijaya Saputra Hidayat Kurniawan Setiawan Pratama Rahman Abdullah Ismail Reyes Santos Cruz Bautista"),
              0));

  private static String[] words(String s) {
    return s.split(" ");
  }

  static List<Traveller> generate(int count, long seed) {
    Random r = new Random(seed);
    int total = 0;
    for (Culture c : CULTURES) {
      total += c.share;
    }
    List<Traveller> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int pick = r.nextInt(total);
      Culture c = CULTURES.get(0);
      for (Culture k : CULTURES) {
        if (pick < k.share) {
          c = k;
          break;
        }
        pick -= k.share;
      }
      boolean male = r.nextInt(100) < 70; // travellers at the posts are mostly men
      String[] given = male ? c.male : c.female;
      String g = pick(r, given);
      String f = pick(r, c.family);
      String name =
          switch (c.style) {
            case 1 -> r.nextBoolean() ? g + " " + pick(r, given) + " " + f : g + " " + f;
            case 2 ->
                switch (r.nextInt(4)) {
                  case 0 -> g + " " + pick(r, c.male) + " " + f;
                  case 1 -> g + (male ? " bin " : " bint ") + pick(r, c.male) + " al-" + f;
                  case 2 -> g + " " + pick(r, c.male) + " " + pick(r, c.male) + " " + f;
                  default -> g + " " + f;
                };
            case 3 ->
                switch (r.nextInt(3)) {
                  case 0 -> (male ? "Muhammad " : "") + g + " " + f;
                  case 1 -> g + " " + pick(r, given) + " " + f;
                  default -> g + " " + f;
                };
            case 4 -> f + " " + g;
            default -> r.nextInt(4) == 0 ? g + " " + pick(r, given) + " " + f : g + " " + f;
          };
      int year = 1940 + r.nextInt(66);
      PartialDate dob = new PartialDate(year, 1 + r.nextInt(12), 1 + r.nextInt(28), 0, false);
      out.add(new Traveller(name, dob, pick(r, c.nationalities), male ? "M" : "F", c.id));
    }
    return out;
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}

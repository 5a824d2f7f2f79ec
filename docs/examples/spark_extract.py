"""Read a Parquet table of articles, write the `documents` and `facts` tables as Parquet, by publication month.

    spark-submit --py-files newsfacts-0.1.0-py3-none-any.whl docs/examples/spark_extract.py \
        articles.parquet out/ --id-column id --text-column body --published-column pub_time

Locally, with the package installed (`pip install 'newsfacts[spark]'`):

    python docs/examples/spark_extract.py articles.parquet out/
"""
from __future__ import annotations

import argparse

from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from newsfacts.spark import extract_facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", help="a Parquet table (file or folder) of articles")
    parser.add_argument("out", help="folder to write documents/ and facts/ into")
    parser.add_argument("--id-column", default="id")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--title-column")
    parser.add_argument("--published-column")
    parser.add_argument("--url-column")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("newsfacts").getOrCreate()
    articles = spark.read.parquet(args.articles)
    documents, facts = extract_facts(
        articles, id_column=args.id_column, text_column=args.text_column, title_column=args.title_column,
        published_column=args.published_column, url_column=args.url_column,
    )
    # the month of publication, in Beijing time, partitions both tables; facts get it through their document
    month = F.date_format(F.from_utc_timestamp("published", "Asia/Shanghai"), "yyyy-MM")
    documents = documents.withColumn("month", F.coalesce(month, F.lit("unknown")))
    documents.write.mode("overwrite").partitionBy("month").parquet(f"{args.out}/documents")
    months = documents.select("doc_id", "month")
    facts.join(months, "doc_id").write.mode("overwrite").partitionBy("month").parquet(f"{args.out}/facts")
    spark.stop()


if __name__ == "__main__":
    main()
